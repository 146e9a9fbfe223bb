package org.opentreatment.directory.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.opentreatment.directory.facility.Facility;

/**
 * Keeps the Lucene index in step with the database. At startup, an index that holds a different
 * number of listings than the database (deleted, restored from another backup, or written by a
 * previous database) is rebuilt, so search never shows missing or duplicate listings.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexAdmin {

    private static final Logger LOG = Logger.getLogger(IndexAdmin.class.getName());

    @PersistenceContext EntityManager em;

    @PostConstruct
    void checkOnStartup() {
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
        long start = System.nanoTime();
        try {
            Search.session(em)
                    .massIndexer(Facility.class)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Re-indexing was interrupted", e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info(() -> "Indexed " + indexCount() + " listings in " + took.toMillis() + " ms");
        return took;
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
}
