package org.opentreatment.directory.management;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.opentreatment.directory.facility.ChangeSource;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.facility.ListingField;

/**
 * A listing's change history (every revision Envers recorded, see {@link ListingRevision}) and
 * setting a listing back to one of its revisions. Only for those who may edit the listing.
 */
@Stateless
public class ListingHistory {

    @PersistenceContext EntityManager em;

    @EJB ListingAccess access;

    @EJB FacilityService facilities;

    @Resource TransactionSynchronizationRegistry transaction;

    /**
     * The listing's changes, newest first.
     *
     * @throws ListingAccessRefused if the caller may not edit the listing
     */
    public List<ListingChange> history(long facilityId) {
        access.requireMayEdit(facilityId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                reader().createQuery()
                        .forRevisionsOfEntity(Facility.class, false, false)
                        .add(AuditEntity.id().eq(facilityId))
                        .addOrder(AuditEntity.revisionNumber().asc())
                        .getResultList();
        Map<Long, String> names = accountNames(rows);
        List<ListingChange> changes = new ArrayList<>(rows.size());
        Facility previous = null;
        for (Object[] row : rows) {
            Facility state = (Facility) row[0];
            ListingRevision revision = (ListingRevision) row[1];
            ListingChange.Kind kind =
                    row[2] == RevisionType.ADD
                            ? ListingChange.Kind.CREATED
                            : previous == null
                                    ? ListingChange.Kind.FIRST_RECORDED
                                    : ListingChange.Kind.CHANGED;
            changes.add(
                    new ListingChange(
                            revision.getId(),
                            revision.getChangedAt(),
                            revision.getAccountId(),
                            names.get(revision.getAccountId()),
                            revision.getSource(),
                            kind,
                            ListingDiff.between(previous, state)));
            previous = state;
        }
        Collections.reverse(changes);
        return changes;
    }

    /**
     * Sets the listing's recorded fields back to their values at this revision, through the usual
     * save (validated, and indexed at commit), recorded as a new revision from {@link
     * ChangeSource#REVERT}.
     *
     * @return the new revision, or none when the listing already holds those values
     * @throws ListingAccessRefused if the caller may not edit the listing
     * @throws RevisionNotFound if the revision is not one of the listing's
     */
    public OptionalLong revert(long facilityId, long revision) {
        access.requireMayEdit(facilityId);
        AuditReader reader = reader();
        boolean ownRevision =
                reader.getRevisions(Facility.class, facilityId).stream()
                        .anyMatch(number -> number.longValue() == revision);
        if (!ownRevision) {
            throw new RevisionNotFound(facilityId, revision);
        }
        Facility then = reader.find(Facility.class, facilityId, revision);
        Facility now = facilities.get(facilityId);
        ChangeSource.REVERT.declareFor(transaction);
        if (!ListingField.copyChanged(ListingDiff.RECORDED, then, now)) {
            return OptionalLong.empty();
        }
        em.flush();
        return OptionalLong.of(reader.getCurrentRevision(ListingRevision.class, true).getId());
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    private Map<Long, String> accountNames(List<Object[]> rows) {
        Set<Long> ids =
                rows.stream()
                        .map(row -> ((ListingRevision) row[1]).getAccountId())
                        .filter(id -> id != null)
                        .collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select a.id, a.displayName from Account a where a.id in :ids",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
