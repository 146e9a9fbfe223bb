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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Brings the database schema up to date with Flyway before anything else touches the database, then
 * has Hibernate check that the entities and the schema agree, so a mismatch stops the deployment at
 * once instead of failing later on a visitor's search. Migrations live in {@code db/migration} and
 * run the same on H2 and PostgreSQL; the few that cannot be written for both (Hibernate Search's
 * outbox tables) live in {@code db/vendor/h2} and {@code db/vendor/postgresql}.
 *
 * <p>Flyway runs while Hibernate builds the persistence unit ({@link SchemaMigrationIntegrator}),
 * before Hibernate Search starts: with outbox polling, its agents use their tables from their first
 * second. The validation needs the finished persistence unit, so it runs here, at startup.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @PersistenceUnit EntityManagerFactory emf;

    @PostConstruct
    void validate() {
        emf.unwrap(SessionFactoryImplementor.class).getSchemaManager().validateMappedObjects();
    }

    /** Applies the migrations the database lacks. */
    static void migrate(DataSource dataSource) {
        MigrateResult result =
                Flyway.configure(SchemaMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(
                                "classpath:db/migration",
                                "classpath:db/vendor/" + vendor(dataSource))
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
    }

    /** "h2" or "postgresql": the database product, named as the vendor folders are. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
