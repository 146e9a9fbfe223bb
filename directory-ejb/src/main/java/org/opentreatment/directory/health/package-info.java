/**
 * Readiness checks for load balancers: the database answers, the search index answers a query, and
 * the start-up work has run (served by WildFly at /health/ready on the management port). WildFly
 * registers health checks only from an EAR's top-level libraries, not from its modules
 * (WFLY-12835), so the build packs this package into a jar of its own in the EAR's lib/, and it
 * uses nothing of the EJB module. Two things live here because only lib/ is seen by every module:
 * {@link org.opentreatment.directory.health.StartupStatus}, which the EJB module sets and the web
 * module and the checks read, and {@link org.opentreatment.directory.health.PublishedUnit}, the
 * name under which the EJB module publishes its persistence unit for the checks.
 */
package org.opentreatment.directory.health;
