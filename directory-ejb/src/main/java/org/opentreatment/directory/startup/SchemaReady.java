package org.opentreatment.directory.startup;

/**
 * Fired once the database answers and its schema is up to date: the start-up work that needs the
 * database (index check, sample data) observes it instead of running while the application deploys,
 * so the application also starts while the database is down.
 */
public record SchemaReady() {}
