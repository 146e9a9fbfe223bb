package org.opentreatment.directory.management;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.opentreatment.directory.account.Account;
import org.opentreatment.directory.account.Role;
import org.opentreatment.directory.report.ListingReport;
import org.opentreatment.directory.report.ListingReportService;
import org.opentreatment.directory.report.ReportStatus;
import org.opentreatment.directory.shared.Text;

/**
 * The site admins' queue of the problems visitors report with listings: the reports of a status,
 * newest first and paged, with their listing's and assignee's names; assigning one to a site admin,
 * resolving it, dismissing it, with an optional note. Site admins only, checked on every call
 * ({@link ListingAccess}); the operators' API reads and resolves reports through {@link
 * ListingReportService} itself, under its own role.
 */
@Stateless
// Open to every caller: each method checks who calls (a refusal is an application exception and one
// warning line, not the container's EJBAccessException and a stack trace)
@PermitAll
public class ReportQueue {

    @PersistenceContext EntityManager em;

    @EJB ListingAccess access;

    @EJB ListingReportService reports;

    /** One page of the reports of this status, newest first. */
    public List<QueuedReport> page(@NotNull ReportStatus status, int first, int max) {
        access.requireSiteAdmin();
        return em.createQuery(
                        "select r, f.name, f.slug, a.displayName from ListingReport r"
                                + " join Facility f on f.id = r.facilityId"
                                + " left join Account a on a.id = r.assigneeId"
                                + " where r.status = :status"
                                + " order by r.createdAt desc, r.id desc",
                        Object[].class)
                .setParameter("status", status)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(max)
                .getResultStream()
                .map(
                        row ->
                                new QueuedReport(
                                        (ListingReport) row[0],
                                        (String) row[1],
                                        (String) row[2],
                                        (String) row[3]))
                .toList();
    }

    public long count(@NotNull ReportStatus status) {
        access.requireSiteAdmin();
        return reports.count(status);
    }

    /** The accounts a report may be assigned to: site admins that may sign in, by name. */
    public List<Account> siteAdmins() {
        access.requireSiteAdmin();
        return em.createQuery(
                        "select a from Account a where a.role = :role and a.enabled = true"
                                + " order by a.displayName, a.id",
                        Account.class)
                .setParameter("role", Role.SITE_ADMIN)
                .getResultList();
    }

    /** The calling site admin's account id. */
    public long me() {
        return access.requireSiteAdmin();
    }

    /**
     * Assigns a report that is not closed to a site admin (the caller or another).
     *
     * @throws ReportRefused if there is no such report, it is closed, or the account is not a site
     *     admin who may sign in
     */
    public ListingReport assign(long reportId, long accountId) {
        access.requireSiteAdmin();
        ListingReport report = existing(reportId);
        Account assignee = em.find(Account.class, accountId);
        if (assignee == null || assignee.getRole() != Role.SITE_ADMIN || !assignee.isEnabled()) {
            throw new ReportRefused(Text.of("report.notSiteAdmin"));
        }
        if (report.getStatus().isClosed()) {
            throw new ReportRefused(Text.of("report.closed", reportId));
        }
        report.assignTo(accountId);
        return report;
    }

    /** Closes a report as resolved: the listing was put right. */
    public ListingReport resolve(long reportId, String note) {
        return close(reportId, ReportStatus.RESOLVED, note);
    }

    /** Closes a report as dismissed: there was nothing to put right. */
    public ListingReport dismiss(long reportId, String note) {
        return close(reportId, ReportStatus.DISMISSED, note);
    }

    private ListingReport close(long reportId, ReportStatus closed, String note) {
        access.requireSiteAdmin();
        if (note != null && note.strip().length() > ListingReport.MAX_NOTE_LENGTH) {
            throw new ReportRefused(Text.of("report.tooLong", ListingReport.MAX_NOTE_LENGTH));
        }
        ListingReport report = existing(reportId);
        if (report.getStatus().isClosed()) {
            throw new ReportRefused(Text.of("report.closed", reportId));
        }
        report.close(closed, note);
        return report;
    }

    private ListingReport existing(long reportId) {
        return reports.find(reportId)
                .orElseThrow(() -> new ReportRefused(Text.of("report.unknown", reportId)));
    }
}
