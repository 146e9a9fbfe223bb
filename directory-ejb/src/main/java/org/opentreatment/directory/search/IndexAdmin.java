package org.opentreatment.directory.search;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.startup.SchemaReady;
import org.opentreatment.directory.startup.StartupOrder;

/**
 * Keeps the search index in step with the database.
 *
 * <p>A local Lucene index belongs to its node: at startup, one that holds a different number of
 * listings than the database (deleted, restored from another backup, or written by a previous
 * database) is rebuilt, so search never shows missing or duplicate listings.
 *
 * <p>An OpenSearch index is shared by every node, and with outbox polling the index trails the
 * database by a few seconds, so differing counts are normal while changes are applied. At startup a
 * shared index is rebuilt only when it is empty and the database is not (a new cluster, a new
 * index), and only by the node that takes the {@link IndexRebuildLease}; the others start at once
 * and answer from the index as it fills. Any rebuild of a shared index, at startup or on demand,
 * needs the lease, so two nodes never purge and refill it at the same time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexAdmin {

    private static final Logger LOG = Logger.getLogger(IndexAdmin.class.getName());

    static final String BACKEND_TYPE = "hibernate.search.backend.type";

    /**
     * Long enough for any rebuild here (100,000 listings take minutes), short enough to recover.
     */
    static final Duration LEASE = Duration.ofHours(1);

    @PersistenceContext EntityManager em;

    @Resource ManagedExecutorService executor;

    @EJB IndexRebuildLease lease;

    private volatile IndexProgress progress = IndexProgress.idle();

    /** Set from the moment an on-demand rebuild is accepted until it has ended. */
    private final AtomicBoolean starting = new AtomicBoolean();

    /** Runs first when the database answers at start-up (before the sample data are loaded). */
    public void checkOnStartup(@Observes @Priority(StartupOrder.INDEX_CHECK) SchemaReady ready) {
        long inDatabase = databaseCount();
        long inIndex = indexCount();
        if (inDatabase == inIndex && (inIndex == 0 || sharedIndex() || writtenByThisMapping())) {
            return;
        }
        if (!sharedIndex()) {
            LOG.info(
                    () ->
                            "The search index holds "
                                    + inIndex
                                    + " listings and the database "
                                    + inDatabase
                                    + ": rebuilding the index");
            rebuild();
        } else if (inIndex > 0) {
            LOG.info(
                    () ->
                            "The shared search index holds "
                                    + inIndex
                                    + " listings and the database "
                                    + inDatabase
                                    + ": changes not yet applied, or an index of another database"
                                    + " (then re-index)");
        } else {
            Optional<String> holder = lease.acquire(LEASE);
            if (holder.isEmpty()) {
                LOG.info(
                        () ->
                                "The shared search index is empty; "
                                        + lease.holder().orElse("another node")
                                        + " is rebuilding it");
                return;
            }
            try {
                // Another node may have filled it between the count above and the lease.
                if (indexCount() > 0) {
                    LOG.info("The shared search index was rebuilt by another node meanwhile");
                    return;
                }
                LOG.info("The shared search index is empty: rebuilding it on this node");
                massIndex();
            } finally {
                lease.release(holder.get());
            }
        }
    }

    /**
     * Purges the index and indexes every listing again; returns how long it took.
     *
     * @throws IllegalStateException if another node is rebuilding the shared index
     */
    public Duration rebuild() {
        if (!sharedIndex()) {
            return massIndex();
        }
        String holder =
                lease.acquire(LEASE)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "The search index is being rebuilt by "
                                                        + lease.holder().orElse("another node")));
        try {
            return massIndex();
        } finally {
            lease.release(holder);
        }
    }

    /**
     * Starts a rebuild in the background and returns at once; a rebuild already running, on this
     * node or (for a shared index) on any other, is not started twice. Follow it with {@link
     * #progress()}.
     *
     * @return false if a rebuild was already running
     */
    public boolean startRebuild() {
        if (progress.running() || !starting.compareAndSet(false, true)) {
            return false;
        }
        Optional<String> holder = Optional.empty();
        try {
            holder = sharedIndex() ? lease.acquire(LEASE) : Optional.of("this node");
            if (holder.isEmpty()) {
                starting.set(false);
                return false;
            }
            // Running from now on, so that nobody (a second request, a client following the
            // progress) mistakes the previous rebuild's report for this one's.
            progress = IndexProgress.startingAt(Instant.now());
            Optional<String> lease = holder;
            executor.execute(() -> rebuildInBackground(lease.get()));
            return true;
        } catch (RuntimeException e) {
            holder.filter(h -> sharedIndex()).ifPresent(lease::release);
            progress = IndexProgress.idle();
            starting.set(false);
            throw e;
        }
    }

    private void rebuildInBackground(String holder) {
        try {
            massIndex();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Re-indexing failed", e);
        } finally {
            if (sharedIndex()) {
                lease.release(holder);
            }
            starting.set(false);
        }
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

    /**
     * Whether several nodes share this index (the Elasticsearch backend: OpenSearch), rather than
     * each node keeping its own (Lucene).
     */
    public boolean sharedIndex() {
        return "elasticsearch"
                .equals(em.getEntityManagerFactory().getProperties().get(BACKEND_TYPE));
    }

    private synchronized Duration massIndex() {
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
        LOG.info(
                () ->
                        "Indexed "
                                + monitor.indexed.get()
                                + " listings in "
                                + took.toMillis()
                                + " ms");
        return took;
    }

    /**
     * Whether a local index answers what this release asks of it. Lucene keeps no mapping of its
     * own: an index written by an older release lacks what a newer one added (here the counts by
     * state, new in the release of the region pages) and fails the first search that needs it. A
     * shared OpenSearch index is checked against the mapping by Hibernate Search itself.
     */
    private boolean writtenByThisMapping() {
        try {
            Search.session(em)
                    .search(Facility.class)
                    .where(f -> f.matchAll())
                    .aggregation(
                            AggregationKey.<Map<String, Long>>of("mapping-probe"),
                            f -> f.terms().field("address.state", String.class))
                    .fetch(0);
            return true;
        } catch (RuntimeException e) {
            LOG.info("The search index was written by an older release: rebuilding it");
            return false;
        }
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
