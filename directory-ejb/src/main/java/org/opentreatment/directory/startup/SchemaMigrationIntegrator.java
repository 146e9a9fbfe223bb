package org.opentreatment.directory.startup;

import java.util.logging.Logger;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.opentreatment.directory.availability.Outages;

/**
 * Runs the schema migrations while Hibernate builds the persistence unit, before Hibernate Search
 * starts (registered in {@code META-INF/services}); see {@link SchemaMigration}. A database that
 * cannot be reached is left to {@link SchemaMigration}, which retries until it answers.
 */
public class SchemaMigrationIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrationIntegrator.class.getName());

    @Override
    public void integrate(
            Metadata metadata,
            BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        try {
            SchemaMigration.migrate(SchemaMigration.dataSourceOf(sessionFactory));
        } catch (RuntimeException e) {
            if (!Outages.isDatabaseUnavailable(e)) {
                throw e;
            }
            LOG.fine(() -> "No migration while the database cannot be reached: " + e.getMessage());
        }
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {}
}
