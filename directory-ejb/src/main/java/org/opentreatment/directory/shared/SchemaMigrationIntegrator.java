package org.opentreatment.directory.shared;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the schema migrations while Hibernate builds the persistence unit, before Hibernate Search
 * starts (registered in {@code META-INF/services}); see {@link SchemaMigration}.
 */
public class SchemaMigrationIntegrator implements Integrator {

    @Override
    public void integrate(
            Metadata metadata,
            BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        // The persistence unit's own data source, whichever JNDI name the deployment gave it.
        SchemaMigration.migrate(
                sessionFactory
                        .getServiceRegistry()
                        .requireService(ConnectionProvider.class)
                        .unwrap(DataSource.class));
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {}
}
