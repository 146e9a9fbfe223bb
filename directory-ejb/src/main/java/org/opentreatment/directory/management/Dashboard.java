package org.opentreatment.directory.management;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.report.ListingReportService;
import org.opentreatment.directory.report.ReportStatus;

/**
 * The site admins' dashboard: listings counted by status and by state, stale listings, open
 * reports, waiting claims and the latest changes. Every number is one grouped query; no listing is
 * loaded but the {@value #RECENT} of the latest changes.
 */
@Stateless
// Open to every caller: ListingAccess decides, and refuses with an application exception
@PermitAll
public class Dashboard {

    /** How many of the latest listing changes the dashboard shows. */
    public static final int RECENT = 20;

    /** How many states the dashboard's table and chart show. */
    public static final int TOP_STATES = 10;

    @PersistenceContext EntityManager em;

    @EJB ListingAccess access;

    @EJB Staleness staleness;

    @EJB Claims claims;

    @EJB ListingReportService reports;

    /**
     * @throws AccessRefused unless the caller is a site admin
     */
    public DeskSummary summary() {
        access.requireSiteAdmin();
        Map<ListingStatus, Long> statusCounts = new HashMap<>();
        em.createQuery(
                        "select f.status, count(f) from Facility f group by f.status",
                        Object[].class)
                .getResultStream()
                .forEach(row -> statusCounts.put((ListingStatus) row[0], (Long) row[1]));
        List<Tally> byStatus =
                Arrays.stream(ListingStatus.values())
                        .map(s -> new Tally(s.name(), statusCounts.getOrDefault(s, 0L)))
                        .toList();
        List<Tally> byState =
                em.createQuery(
                                "select f.address.state, count(f) from Facility f"
                                        + " group by f.address.state"
                                        + " order by count(f) desc, f.address.state",
                                Object[].class)
                        .getResultStream()
                        .map(row -> new Tally((String) row[0], (Long) row[1]))
                        .toList();
        return new DeskSummary(
                byStatus.stream().mapToLong(Tally::count).sum(),
                byStatus,
                byState.subList(0, Math.min(TOP_STATES, byState.size())),
                byState.size(),
                staleness.count(),
                reports.count(ReportStatus.OPEN),
                claims.pendingCount(),
                recent());
    }

    private List<RecentChange> recent() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                AuditReaderFactory.get(em)
                        .createQuery()
                        .forRevisionsOfEntity(Facility.class, false, true)
                        .addOrder(AuditEntity.revisionNumber().desc())
                        .addOrder(AuditEntity.id().asc())
                        .setMaxResults(RECENT)
                        .getResultList();
        Set<Long> accounts =
                rows.stream()
                        .map(row -> ((ListingRevision) row[1]).getAccountId())
                        .filter(id -> id != null)
                        .collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!accounts.isEmpty()) {
            em.createQuery(
                            "select a.id, a.displayName from Account a where a.id in :ids",
                            Object[].class)
                    .setParameter("ids", accounts)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return rows.stream()
                .map(
                        row -> {
                            Facility state = (Facility) row[0];
                            ListingRevision revision = (ListingRevision) row[1];
                            return new RecentChange(
                                    revision.getId(),
                                    revision.getChangedAt(),
                                    revision.getAccountId(),
                                    names.get(revision.getAccountId()),
                                    revision.getSource(),
                                    state.getId(),
                                    state.getName(),
                                    ((RevisionType) row[2]).name());
                        })
                .toList();
    }
}
