package org.opentreatment.directory.management;

import java.io.Serializable;
import java.time.Instant;
import org.opentreatment.directory.report.ListingReport;

/**
 * A listing report as the site admins' queue shows it: the report with its listing's name and slug
 * and its assignee's name (a JavaBean, for the pages' expressions).
 */
public final class QueuedReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long facilityId;
    private final String listingName;
    private final String listingSlug;
    private final String problem;
    private final String details;
    private final String status;
    private final Instant reportedAt;
    private final Instant closedAt;
    private final Long assigneeId;
    private final String assigneeName;
    private final String note;

    QueuedReport(
            ListingReport report, String listingName, String listingSlug, String assigneeName) {
        this.id = report.getId();
        this.facilityId = report.getFacilityId();
        this.listingName = listingName;
        this.listingSlug = listingSlug;
        this.problem = report.getProblem().code();
        this.details = report.getDetails();
        this.status = report.getStatus().code();
        this.reportedAt = report.getCreatedAt();
        this.closedAt = report.getResolvedAt();
        this.assigneeId = report.getAssigneeId();
        this.assigneeName = assigneeName;
        this.note = report.getNote();
    }

    public long getId() {
        return id;
    }

    public long getFacilityId() {
        return facilityId;
    }

    public String getListingName() {
        return listingName;
    }

    public String getListingSlug() {
        return listingSlug;
    }

    /** The problem's code: {@code wrong-phone}, {@code closed}, ... */
    public String getProblem() {
        return problem;
    }

    public String getDetails() {
        return details;
    }

    /** The status's code: {@code open}, {@code assigned}, {@code resolved}, {@code dismissed}. */
    public String getStatus() {
        return status;
    }

    public boolean isClosed() {
        return "resolved".equals(status) || "dismissed".equals(status);
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public String getNote() {
        return note;
    }
}
