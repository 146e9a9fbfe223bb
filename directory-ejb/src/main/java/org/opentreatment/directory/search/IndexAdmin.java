package org.opentreatment.directory.search;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.shared.SchemaReady;
import org.opentreatment.directory.shared.StartupOrder;

/**
 * Keeps the Lucene index in step with the database. At startup, an index that holds a different
 * number of listings than the database (deleted, restored from another backup, or written by a
 * previous database) is rebuilt, so search never shows missing or duplicate listings.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexAdmin {

    private static final Logger LOG = Logger.getLogger(IndexAdmin.class.getName());

    @PersistenceContext EntityManager em;

    @Resource ManagedExecutorService executor;

    private volatile IndexProgress progress = IndexProgress.idle();

    /** Runs first when the database answers at start-up (before the sample data are loaded). */
    public void checkOnStartup(@Observes @Priority(StartupOrder.INDEX_CHECK) SchemaReady ready) {
        long inDatabase = databaseCount();
        long inIndex = indexCount();
        if (inDatabase != inIndex) {
            LOG.info(
                    () ->
                            "The search index holds "
                                    + inIndex
                                    + " listings and the database "
                                    + inDatabase
                                    + ": rebuilding the index");
            rebuild();
        }
    }

    /** Purges the index and indexes every listing again; returns how long it took. */
    public synchronized Duration rebuild() {
        Instant started = Instant.now();
        Progress monitor = new Progress(started);
        progress = monitor.snapshot(true, null, null);
        long start = System.nanoTime();
        try {
            Search.session(em)
                    .massIndexer(Facility.class)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .monitor(monitor)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress = monitor.snapshot(false, Instant.now(), "interrupted");
            throw new IllegalStateException("Re-indexing was interrupted", e);
        } catch (RuntimeException e) {
            progress = monitor.snapshot(false, Instant.now(), "failed: " + e.getMessage());
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        progress = monitor.snapshot(false, Instant.now(), null);
        LOG.info(() -> "Indexed " + indexCount() + " listings in " + took.toMillis() + " ms");
        return took;
    }

    /**
     * Starts {@link #rebuild()} in the background and returns at once; a rebuild already running is
     * not started twice. Follow it with {@link #progress()}.
     *
     * @return false if a rebuild was already running
     */
    public boolean startRebuild() {
        if (progress.running()) {
            return false;
        }
        executor.execute(
                () -> {
                    try {
                        rebuild();
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Re-indexing failed", e);
                    }
                });
        return true;
    }

    public IndexProgress progress() {
        return progress;
    }

    public long indexCount() {
        return Search.session(em)
                .search(Facility.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }

    private long databaseCount() {
        return em.createQuery("select count(f) from Facility f", Long.class).getSingleResult();
    }

    /** Counts what the mass indexer reports, for {@link #progress()} while it runs. */
    private static final class Progress implements MassIndexingMonitor {
        private final Instant started;
        private final AtomicLong indexed = new AtomicLong();
        private final AtomicLong total = new AtomicLong();

        Progress(Instant started) {
            this.started = started;
        }

        IndexProgress snapshot(boolean running, Instant finished, String failure) {
            Long took = finished == null ? null : Duration.between(started, finished).toMillis();
            return new IndexProgress(
                    running, indexed.get(), total.get(), started, finished, took, failure);
        }

        @Override
        public void documentsAdded(long increment) {
            indexed.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {}
    }
}
