/**
 * Readiness checks for load balancers: the start-up work has run, the database answers, and the
 * search index answers a query (WildFly serves them at /health/ready on the management port, Payara
 * on its HTTP port). WildFly registers health checks only from an EAR's top-level libraries, not
 * from its modules (WFLY-12835), so this is a module of its own whose jar goes to the EAR's lib/.
 * The checks know nothing of the database or the index: the EJB module, where the persistence unit
 * lives, implements {@link org.opentreatment.directory.health.DirectoryProbe} and registers it with
 * {@link org.opentreatment.directory.health.ProbeRegistry}, and the checks ask it. Looking the
 * persistence unit up from here failed on Payara, which resolves it in the calling module's scope.
 */
package org.opentreatment.directory.health;
