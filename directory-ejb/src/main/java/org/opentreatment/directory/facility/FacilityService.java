package org.opentreatment.directory.facility;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;

/** The boundary for reading and saving facility listings. */
@Stateless
public class FacilityService {

    static final int FLUSH_EVERY = 1_000;

    @PersistenceContext EntityManager em;

    public Optional<Facility> find(long id) {
        return Optional.ofNullable(em.find(Facility.class, id));
    }

    public Facility get(long id) {
        return find(id).orElseThrow(() -> new FacilityNotFoundException(id));
    }

    public long count() {
        return em.createQuery("select count(f) from Facility f", Long.class).getSingleResult();
    }

    public Facility create(@NotNull @Valid Facility facility) {
        em.persist(facility);
        return facility;
    }

    /**
     * Removes a listing for good; the search index drops it along with the transaction.
     *
     * @throws FacilityNotFoundException if there is no such listing
     */
    public void delete(long id) {
        em.remove(get(id));
    }

    /**
     * Saves listings in one new transaction without indexing them, for bulk loads that rebuild the
     * index once afterwards, and without a first revision in their history ({@link
     * BulkLoadsWithoutHistory}): it would double the writes, and say only that they were loaded.
     * One transaction makes the load all or nothing: a load interrupted half-way leaves no
     * half-filled database behind. The session is flushed and cleared every {@value #FLUSH_EVERY}
     * listings, so memory stays flat however many there are.
     *
     * @return how many listings were saved
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createAllUnindexed(@NotNull Stream<Facility> facilities) {
        Search.session(em).indexingPlanFilter(ctx -> ctx.exclude(Facility.class));
        em.setProperty(BulkLoadsWithoutHistory.SESSION_PROPERTY, Boolean.TRUE);
        int[] saved = {0};
        facilities.forEach(
                facility -> {
                    em.persist(facility);
                    if (++saved[0] % FLUSH_EVERY == 0) {
                        em.flush();
                        em.clear();
                    }
                });
        em.flush();
        em.clear();
        return saved[0];
    }
}
