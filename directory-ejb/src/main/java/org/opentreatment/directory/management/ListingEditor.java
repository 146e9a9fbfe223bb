package org.opentreatment.directory.management;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityNotFoundException;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.facility.ListingRules;

/**
 * The listing editor's boundary: a facility admin changes the listings bound to their account and
 * no other, a site admin any. Every method asks {@link ListingAccess} first, whatever page called
 * it.
 *
 * <p>Optimistic locking, with nothing overwritten silently: a save names the version its draft
 * began from; if the listing was saved since, the save changes nothing and answers {@link
 * ListingConflict} with what the other person changed. Otherwise only the fields the editor changed
 * are written, after the listing rules that imports use too ({@link ListingRules}).
 */
@Stateless
@PermitAll // who may change which listing is decided per listing, by ListingAccess
public class ListingEditor {

    /**
     * Hibernate Search's setting that names outbox polling, where indexing runs in the background.
     */
    static final String COORDINATION_STRATEGY = "hibernate.search.coordination.strategy";

    static final int MAX_LOOKUP_RESULTS = 50;

    @PersistenceContext EntityManager em;

    @EJB ListingAccess access;

    @Inject ListingRules rules;

    /**
     * A draft of the listing, to edit.
     *
     * @throws ListingAccessRefused if the caller may not change it
     * @throws FacilityNotFoundException if a site admin asks for a listing that does not exist
     */
    public ListingDraft load(long id) {
        access.requireMayEdit(id);
        return ListingDraft.of(stored(id, LockModeType.NONE));
    }

    /**
     * Saves the fields the draft changed, and answers a fresh draft of the saved listing. The
     * listing is searchable when this returns (with the Lucene index; the OpenSearch build's index
     * follows within the outbox's polling delay).
     *
     * @throws ListingAccessRefused if the caller may not change it
     * @throws ListingConflict if someone saved the listing after the draft began; nothing saved
     * @throws ListingRejected if the changed listing breaks the listing rules; nothing saved
     */
    public ListingDraft save(@NotNull ListingDraft draft) {
        access.requireMayEdit(draft.id());
        searchableOnReturn();
        // Locked until the commit, so no other save slips in between this check and the write
        Facility stored = stored(draft.id(), LockModeType.PESSIMISTIC_WRITE);
        if (stored.getVersion() != draft.version()) {
            Facility current = ListingDraft.form(stored);
            throw new ListingConflict(
                    draft.id(),
                    stored.getVersion(),
                    current,
                    ListingDraft.differences(draft.original(), current));
        }
        List<ListingField> changes = draft.changes();
        if (changes.isEmpty()) {
            return draft;
        }
        Facility edit = draft.tidiedEdit();
        changes.forEach(field -> field.copy(edit, stored));
        if (edit.getLatitude() == null && edit.getLongitude() == null) {
            // none given: the rules put the (perhaps new) ZIP code's centre, marked approximate
            stored.setLatitude(null);
            stored.setLongitude(null);
        } else if (changes.contains(ListingField.LATITUDE)
                || changes.contains(ListingField.LONGITUDE)) {
            stored.setLocationApproximate(false);
        }
        List<ListingProblem> problems = rules.check(stored);
        if (!problems.isEmpty()) {
            throw new ListingRejected(draft.id(), problems);
        }
        // the people who keep the listing have just looked it over
        stored.setLastVerified(LocalDate.now());
        em.flush();
        return ListingDraft.of(stored);
    }

    /** The listings bound to the caller's account, by name; none for a caller not signed in. */
    public List<OwnListing> mine() {
        List<Long> ids = access.ownListingIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select new org.opentreatment.directory.management.OwnListing(f.id, f.name,"
                                + " f.address.city, f.address.state, f.status)"
                                + " from Facility f where f.id in :ids order by f.name, f.id",
                        OwnListing.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * For a site admin: listings whose id is this number, or whose name contains these words, at
     * most {@value #MAX_LOOKUP_RESULTS}.
     *
     * @throws AccessRefused unless the caller is a site admin
     */
    public List<OwnListing> lookup(String text) {
        access.requireSiteAdmin();
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        String select =
                "select new org.opentreatment.directory.management.OwnListing(f.id, f.name,"
                        + " f.address.city, f.address.state, f.status) from Facility f ";
        if (wanted.matches("\\d{1,18}")) {
            return em.createQuery(select + "where f.id = :id", OwnListing.class)
                    .setParameter("id", Long.parseLong(wanted))
                    .getResultList();
        }
        String pattern =
                "%"
                        + wanted.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        return em.createQuery(
                        select + "where lower(f.name) like :name escape '\\' order by f.name, f.id",
                        OwnListing.class)
                .setParameter("name", pattern)
                .setMaxResults(MAX_LOOKUP_RESULTS)
                .getResultList();
    }

    private Facility stored(long id, LockModeType lock) {
        Facility stored = em.find(Facility.class, id, lock);
        if (stored == null) {
            throw new FacilityNotFoundException(id);
        }
        return stored;
    }

    // The default (write-sync) commits the index before the save returns; read-sync also refreshes
    // its readers, so the very next search finds the edit whatever refresh interval is set. With
    // outbox polling, indexing happens in the background and the strategy cannot be set.
    private void searchableOnReturn() {
        Object coordination =
                em.getEntityManagerFactory().getProperties().get(COORDINATION_STRATEGY);
        if (coordination == null || !coordination.toString().contains("outbox")) {
            Search.session(em)
                    .indexingPlanSynchronizationStrategy(
                            IndexingPlanSynchronizationStrategy.readSync());
        }
    }
}
