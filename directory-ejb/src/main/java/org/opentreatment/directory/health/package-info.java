/**
 * Readiness checks for load balancers: the database answers, and the search index answers a query
 * (served by WildFly at /health/ready on the management port). WildFly registers health checks only
 * from an EAR's top-level libraries, not from its modules (WFLY-12835), so the build packs this
 * package into a jar of its own in the EAR's lib/, and it uses nothing of the EJB module.
 */
package org.opentreatment.directory.health;
