package org.opentreatment.directory.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cluster-wide right to rebuild a shared search index (table {@code index_rebuild_lease}, one
 * row). Taking it is one conditional update, so of several nodes that try at once exactly one
 * succeeds; it expires, so a node that dies while rebuilding blocks the others only until then.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexRebuildLease {

    @PersistenceContext EntityManager em;

    /**
     * Takes the lease if nobody holds it or the holder's time ran out.
     *
     * @return the holder's name, to give back to {@link #release(String)}; empty if another node
     *     holds it
     */
    public Optional<String> acquire(Duration duration) {
        String holder = System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int taken =
                em.createNativeQuery(
                                "update index_rebuild_lease set holder = :holder, expires_at = :until"
                                        + " where id = 1 and (holder is null or expires_at < :now)")
                        .setParameter("holder", holder)
                        .setParameter("until", now.plus(duration))
                        .setParameter("now", now)
                        .executeUpdate();
        return taken == 1 ? Optional.of(holder) : Optional.empty();
    }

    public void release(String holder) {
        em.createNativeQuery(
                        "update index_rebuild_lease set holder = null, expires_at = null"
                                + " where id = 1 and holder = :holder")
                .setParameter("holder", holder)
                .executeUpdate();
    }

    /** Who holds the lease now, for messages; empty if nobody does. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> holder() {
        List<?> holders =
                em.createNativeQuery(
                                "select holder from index_rebuild_lease"
                                        + " where id = 1 and holder is not null and expires_at >= :now")
                        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .getResultList();
        return holders.stream().map(String::valueOf).findFirst();
    }
}
