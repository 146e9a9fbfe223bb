/**
 * The start-up work, in order: Flyway migrates the schema while Hibernate boots ({@code
 * SchemaMigrationIntegrator}), {@code SchemaMigration} validates it (retrying every 10 s while the
 * database is down) and fires {@code SchemaReady}, which the index check and the sample data
 * observe in the order {@code StartupOrder} gives; then the directory is marked started.
 */
package org.opentreatment.directory.startup;
