package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentreatment.directory.account.Account;
import org.opentreatment.directory.management.QueuedReport;
import org.opentreatment.directory.management.ReportQueue;
import org.opentreatment.directory.management.ReportRefused;
import org.opentreatment.directory.report.ListingReport;
import org.opentreatment.directory.report.ReportStatus;
import org.opentreatment.directory.web.links.FacilityLinks;

/**
 * The site admins' queue of listing reports, at {@code /manage/reports?status=open&page=0}: the
 * reports of one status, newest first, {@value #PAGE_SIZE} a page, each with its listing, problem
 * and details; assign one to a site admin, resolve or dismiss it with an optional note. The service
 * ({@link ReportQueue}) refuses anyone but a site admin, which the page answers 403.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    @EJB private ReportQueue queue;

    private String status;
    private String page;

    private ReportStatus shown = ReportStatus.OPEN;
    private int pageNumber;
    private long total;
    private List<QueuedReport> reports = List.of();
    private Map<String, Long> counts = Map.of();
    private List<Account> siteAdmins = List.of();
    private final Map<Long, Long> assignees = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    /** The initial GET: the reports of the status asked for (open by default). */
    public void load() {
        shown = ReportStatus.ofCode(status == null ? "" : status.strip()).orElse(ReportStatus.OPEN);
        pageNumber = (int) Math.min(Messages.parse(page).orElse(0), 100_000);
        pageNumber = Math.max(pageNumber, 0);
        siteAdmins = queue.siteAdmins();
        refresh();
    }

    /**
     * Before every rendering, postbacks too: a post this view did not render (a forged one, which
     * restores nothing to act on) is refused like the page itself.
     */
    public void check() {
        queue.me();
    }

    private void refresh() {
        long me = queue.me();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ReportStatus s : ReportStatus.values()) {
            byStatus.put(s.code(), queue.count(s));
        }
        counts = byStatus;
        total = counts.get(shown.code());
        if ((long) pageNumber * PAGE_SIZE >= total && total > 0) {
            pageNumber = (int) ((total - 1) / PAGE_SIZE);
        }
        reports = queue.page(shown, pageNumber * PAGE_SIZE, PAGE_SIZE);
        assignees.clear();
        notes.clear();
        for (QueuedReport r : reports) {
            assignees.put(r.getId(), r.getAssigneeId() == null ? me : r.getAssigneeId());
        }
    }

    public void assign(long reportId) {
        Long to = assignees.get(reportId);
        try {
            if (to == null) {
                throw new ReportRefused(
                        org.opentreatment.directory.shared.Text.of("report.notSiteAdmin"));
            }
            queue.assign(reportId, to);
            String name =
                    siteAdmins.stream()
                            .filter(a -> a.getId().equals(to))
                            .map(Account::getDisplayName)
                            .findFirst()
                            .orElse(Long.toString(to));
            done(Messages.text("reports.assigned", reportId, name));
        } catch (ReportRefused refused) {
            refuse(refused);
        }
    }

    public void resolve(long reportId) {
        try {
            queue.resolve(reportId, notes.get(reportId));
            done(Messages.text("reports.resolved", reportId));
        } catch (ReportRefused refused) {
            refuse(refused);
        }
    }

    public void dismiss(long reportId) {
        try {
            queue.dismiss(reportId, notes.get(reportId));
            done(Messages.text("reports.dismissed", reportId));
        } catch (ReportRefused refused) {
            refuse(refused);
        }
    }

    private void done(String text) {
        Messages.say(null, FacesMessage.SEVERITY_INFO, text);
        refresh();
    }

    private void refuse(ReportRefused refused) {
        Messages.say(null, FacesMessage.SEVERITY_ERROR, Messages.text(refused.text()));
        refresh();
    }

    /** The listing's public page. */
    public String publicPath(QueuedReport r) {
        return FacilityLinks.path(r.getFacilityId(), r.getListingSlug());
    }

    public String when(Instant instant) {
        return Messages.when(instant);
    }

    /** The status codes, in the order of the filter. */
    public List<String> getStatuses() {
        return java.util.Arrays.stream(ReportStatus.values()).map(ReportStatus::code).toList();
    }

    public String getShown() {
        return shown.code();
    }

    public boolean isShownClosed() {
        return shown.isClosed();
    }

    public Map<String, Long> getCounts() {
        return counts;
    }

    public List<QueuedReport> getReports() {
        return reports;
    }

    public List<Account> getSiteAdmins() {
        return siteAdmins;
    }

    public Map<Long, Long> getAssignees() {
        return assignees;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public int getMaxNoteLength() {
        return ListingReport.MAX_NOTE_LENGTH;
    }

    public long getTotal() {
        return total;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    /** The first and last report shown, counted from 1. */
    public long getFirstShown() {
        return reports.isEmpty() ? 0 : (long) pageNumber * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return (long) pageNumber * PAGE_SIZE + reports.size();
    }

    public boolean isHasNewer() {
        return pageNumber > 0;
    }

    public boolean isHasOlder() {
        return (long) (pageNumber + 1) * PAGE_SIZE < total;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
