package org.opentreatment.directory.health;

import jakarta.persistence.EntityManagerFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The health checks reach the application's persistence unit through a global JNDI name that the
 * EJB module publishes ({@code SchemaMigration} declares it). They cannot inject it: they ship in
 * the EAR's lib/ (WildFly registers health checks only there), Payara resolves a lib class's
 * injections in every module's scope and finds the EJB module's unit in none but its own, and
 * WildFly runs the checks on management threads where {@code java:app} names are not bound.
 */
public final class PublishedUnit {

    /** Where the EJB module publishes its persistence unit. */
    public static final String JNDI_NAME = "java:global/opentreatment/directory/persistence";

    private PublishedUnit() {}

    static EntityManagerFactory lookup() throws NamingException {
        return InitialContext.doLookup(JNDI_NAME);
    }
}
