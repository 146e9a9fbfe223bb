package org.opentreatment.directory.imports;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.search.IndexAdmin;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.startup.SchemaReady;
import org.opentreatment.directory.startup.StartupOrder;

/**
 * Runs imports in the background, chunk after chunk ({@link ImportWorker#importChunk}), and resumes
 * at start-up the imports a stop interrupted. A stop ends an import between two chunks; with a
 * local index, whose writes follow the commit, the listings the import changed before the stop are
 * re-indexed before it resumes, so the index never misses a committed chunk.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource ManagedExecutorService executor;

    @EJB ImportWorker worker;

    @EJB IndexAdmin index;

    @PersistenceContext EntityManager em;

    @Inject
    @ConfigProperty(name = Settings.IMPORT_PAUSE_MILLIS, defaultValue = "150")
    long pauseMillis;

    private volatile boolean stopping;

    /** Resumes the imports that were queued or running when the application stopped. */
    public void resumeOnStartup(@Observes @Priority(StartupOrder.IMPORT_RESUME) SchemaReady ready) {
        List<ImportJob> interrupted =
                em.createQuery(
                                "select j from ImportJob j where j.state in :active",
                                ImportJob.class)
                        .setParameter("active", List.of(ImportState.QUEUED, ImportState.RUNNING))
                        .getResultList();
        for (ImportJob job : interrupted) {
            LOG.info(
                    () ->
                            "Import "
                                    + job.getId()
                                    + " was interrupted at row "
                                    + job.getRowsDone()
                                    + " of "
                                    + job.getTotalRows()
                                    + " and resumes");
            if (job.getStartedAt() != null && !index.sharedIndex()) {
                reindexChangedSince(job.getStartedAt());
            }
            run(job.getId());
        }
    }

    // The local index is written after each commit: a stop between the two would leave a chunk out.
    private void reindexChangedSince(Instant since) {
        try {
            MassIndexer indexer =
                    Search.session(em).massIndexer(Facility.class).threadsToLoadObjects(1);
            indexer.type(Facility.class).reindexOnly("e.updatedAt >= :since").param("since", since);
            indexer.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Imports the job's rows in the background until none are left or it is cancelled. */
    public void run(long jobId) {
        try {
            executor.execute(() -> runChunks(jobId));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Import " + jobId + " waits for the next start: " + e.getMessage());
        }
    }

    private void runChunks(long jobId) {
        try {
            while (!stopping && worker.importChunk(jobId)) {
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info(() -> "Import " + jobId + " was interrupted; it resumes at the next start");
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info(
                        () ->
                                "Import "
                                        + jobId
                                        + " stopped with the application; it resumes at the next start");
                return;
            }
            LOG.log(Level.WARNING, "Import " + jobId + " failed", e);
            try {
                worker.fail(
                        jobId, "The import stopped on an error: " + e.getClass().getSimpleName());
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Import " + jobId + " could not be marked failed", again);
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
