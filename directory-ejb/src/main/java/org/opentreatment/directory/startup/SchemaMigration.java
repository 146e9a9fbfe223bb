package org.opentreatment.directory.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.opentreatment.directory.availability.Availability;
import org.opentreatment.directory.availability.Outages;

/**
 * Brings the database schema up to date with Flyway before anything else touches the database, then
 * has Hibernate check that the entities and the schema agree, and announces {@link SchemaReady} to
 * the rest of the start-up work. Migrations live in {@code db/migration} and run the same on H2 and
 * PostgreSQL; the few that cannot be written for both (Hibernate Search's outbox tables) live in
 * {@code db/vendor/h2} and {@code db/vendor/postgresql}.
 *
 * <p>Flyway first runs while Hibernate builds the persistence unit ({@link
 * SchemaMigrationIntegrator}), before Hibernate Search starts: with outbox polling, its agents use
 * their tables from their first second. The validation needs the finished persistence unit, so it
 * runs here, at startup, after Flyway has been given another chance (a no-op when nothing is
 * pending).
 *
 * <p>A database (or search cluster) that cannot be reached while the application deploys does not
 * stop the deployment: the pages then show the helplines and "temporarily unavailable", and this
 * bean tries again every {@link #RETRY} until it answers. Any other failure (a migration that does
 * not apply, a schema that does not match the entities) stops the deployment at once instead of
 * failing later on a visitor's search; if it happens on a later try, when the application is
 * deployed already, it is logged and the application stays not ready (readiness DOWN).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    static final Duration RETRY = Duration.ofSeconds(10);

    @PersistenceUnit EntityManagerFactory emf;

    @Resource TimerService timers;

    @Inject Event<SchemaReady> ready;

    @Inject Availability availability;

    @PostConstruct
    void onDeploy() {
        try {
            migrateAndAnnounce();
        } catch (RuntimeException e) {
            if (!Outages.isUnavailable(e)) {
                throw e;
            }
            LOG.warning(
                    () ->
                            "The database or the search cluster cannot be reached ("
                                    + e.getMessage()
                                    + "): the directory starts without it and tries again every "
                                    + RETRY.toSeconds()
                                    + " s");
            timers.createIntervalTimer(
                    RETRY.toMillis(), RETRY.toMillis(), new TimerConfig("schema-retry", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (availability.isStarted()) {
            timer.cancel();
            return;
        }
        try {
            migrateAndAnnounce();
            timer.cancel();
            LOG.info("The database answers again: start-up work done");
        } catch (RuntimeException e) {
            if (Outages.isUnavailable(e)) {
                LOG.fine(() -> "Still unreachable: " + e.getMessage());
            } else {
                // Deployed already: the node stays not ready (readiness DOWN) and says why.
                timer.cancel();
                LOG.log(
                        Level.SEVERE,
                        "Start-up work failed; the directory stays not ready until redeployed",
                        e);
            }
        }
    }

    private void migrateAndAnnounce() {
        SessionFactoryImplementor sessionFactory = emf.unwrap(SessionFactoryImplementor.class);
        migrate(dataSourceOf(sessionFactory));
        sessionFactory.getSchemaManager().validateMappedObjects();
        ready.fire(new SchemaReady());
        availability.markStarted();
    }

    /** The persistence unit's own data source, whichever JNDI name the deployment gave it. */
    static DataSource dataSourceOf(SessionFactoryImplementor sessionFactory) {
        return sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
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
