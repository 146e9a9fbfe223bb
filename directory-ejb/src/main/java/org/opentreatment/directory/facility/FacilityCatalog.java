package org.opentreatment.directory.facility;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The public listings as a catalogue, for exports such as the Open Referral HSDS API: pages in id
 * order (a total, stable order that does not need the index), a listing by its public uuid, and
 * chunks for a bulk download. Only {@link ListingStatus#ACTIVE} listings are listed; a listing
 * found by uuid may have any status, so that a consumer who copied it learns that it closed.
 */
@Stateless
public class FacilityCatalog {

    /** The most listings one call returns: a page or a chunk of a bulk download. */
    public static final int MAX_LIMIT = 1_000;

    @PersistenceContext EntityManager em;

    /** How many listings are public. */
    public long countActive() {
        return em.createQuery(
                        "select count(f) from Facility f where f.status = :status", Long.class)
                .setParameter("status", ListingStatus.ACTIVE)
                .getSingleResult();
    }

    /** One page of the public listings in id order. */
    public List<Facility> active(@Min(0) int offset, @Min(1) @Max(MAX_LIMIT) int limit) {
        return em.createQuery(
                        "select f from Facility f where f.status = :status order by f.id",
                        Facility.class)
                .setParameter("status", ListingStatus.ACTIVE)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The next public listings after the one with this id, in id order (keyset paging): a bulk
     * download reads the whole catalogue chunk by chunk, each in its own short transaction, so
     * neither memory nor a transaction grows with the catalogue or waits on a slow client. A
     * listing added or closed during the download may or may not be in it.
     */
    public List<Facility> activeAfter(long afterId, @Min(1) @Max(MAX_LIMIT) int limit) {
        return em.createQuery(
                        "select f from Facility f where f.status = :status and f.id > :after"
                                + " order by f.id",
                        Facility.class)
                .setParameter("status", ListingStatus.ACTIVE)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The listing with this public id, whatever its status. */
    public Optional<Facility> findByUuid(@NotNull UUID uuid) {
        return em.createQuery("select f from Facility f where f.uuid = :uuid", Facility.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }
}
