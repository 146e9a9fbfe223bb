package org.opentreatment.directory.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.opentreatment.directory.health.PublishedUnit;

/**
 * Brings the database schema up to date with Flyway before anything else touches the database, then
 * has Hibernate check that the entities and the schema agree, so a mismatch stops the deployment at
 * once instead of failing later on a visitor's search. Migrations live in {@code db/migration} and
 * run the same on H2 and PostgreSQL.
 */
@Singleton
@Startup
// Published for the health checks, which live in the EAR's lib/ (see PublishedUnit)
@PersistenceUnit(name = PublishedUnit.JNDI_NAME, unitName = "directory")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @PersistenceUnit EntityManagerFactory emf;

    @PostConstruct
    void migrate() {
        SessionFactoryImplementor sessionFactory = emf.unwrap(SessionFactoryImplementor.class);
        // The persistence unit's own data source, whichever JNDI name the deployment gave it.
        DataSource dataSource =
                sessionFactory
                        .getServiceRegistry()
                        .requireService(ConnectionProvider.class)
                        .unwrap(DataSource.class);
        MigrateResult result =
                Flyway.configure(SchemaMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(
                    () ->
                            "Database schema migrated to version "
                                    + result.targetSchemaVersion
                                    + " ("
                                    + result.migrationsExecuted
                                    + " migrations)");
        }
        sessionFactory.getSchemaManager().validateMappedObjects();
    }
}
