package org.opentreatment.directory.facility;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;

/** The boundary for reading and saving facility listings. */
@Stateless
public class FacilityService {

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
     * Saves listings in one new transaction without indexing them: for bulk loads that rebuild the
     * index once afterwards instead of updating it per batch.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createAllUnindexed(@NotNull List<@Valid Facility> facilities) {
        Search.session(em).indexingPlanFilter(ctx -> ctx.exclude(Facility.class));
        for (Facility facility : facilities) {
            em.persist(facility);
        }
        em.flush();
        em.clear();
    }
}
