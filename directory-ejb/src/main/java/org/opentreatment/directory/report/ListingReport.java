package org.opentreatment.directory.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.opentreatment.directory.shared.AbstractEntity;

/**
 * A problem a visitor reported with one listing. It holds the listing's id, not the listing, so a
 * report is read without loading a facility; the database removes reports with their listing.
 * Nothing about who reported it is stored.
 */
@Entity
@Table(name = "listing_report")
public class ListingReport extends AbstractEntity {

    private static final long serialVersionUID = 1L;

    /** The longest details a visitor may write. */
    public static final int MAX_DETAILS_LENGTH = 1_000;

    /** The longest note a site admin may keep with a report they close. */
    public static final int MAX_NOTE_LENGTH = 1_000;

    @NotNull
    @Column(name = "facility_id", nullable = false, updatable = false)
    private Long facilityId;

    @NotNull
    @Column(name = "problem", nullable = false, length = 20, updatable = false)
    private ReportProblem problem;

    @Size(max = MAX_DETAILS_LENGTH)
    @Column(name = "details", length = MAX_DETAILS_LENGTH, updatable = false)
    private String details;

    @NotNull
    @Column(name = "status", nullable = false, length = 20)
    private ReportStatus status = ReportStatus.OPEN;

    /** When it was closed (resolved or dismissed). */
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** The site admin's account it is assigned to, if any. */
    @Column(name = "assignee_id")
    private Long assigneeId;

    /** What the site admin who closed it noted, if anything. */
    @Size(max = MAX_NOTE_LENGTH)
    @Column(name = "note", length = MAX_NOTE_LENGTH)
    private String note;

    protected ListingReport() {}

    public ListingReport(long facilityId, ReportProblem problem, String details) {
        this.facilityId = facilityId;
        this.problem = problem;
        this.details = details == null || details.isBlank() ? null : details.strip();
    }

    /** Marks it dealt with; resolving it again changes nothing. */
    public void resolve() {
        close(ReportStatus.RESOLVED, null);
    }

    /**
     * Closes it as resolved or dismissed, with a note if one is given (a blank one keeps the note
     * it had); closing it again the same way changes nothing.
     */
    public void close(ReportStatus closed, String note) {
        if (!closed.isClosed()) {
            throw new IllegalArgumentException("Not a closed status: " + closed);
        }
        if (status != closed) {
            status = closed;
            resolvedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }
        if (note != null && !note.isBlank()) {
            this.note = note.strip();
        }
    }

    /**
     * Assigns it to a site admin's account: someone is on it.
     *
     * @throws IllegalStateException if it is closed already
     */
    public void assignTo(long accountId) {
        if (status.isClosed()) {
            throw new IllegalStateException("Report " + getId() + " is closed");
        }
        status = ReportStatus.ASSIGNED;
        assigneeId = accountId;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public ReportProblem getProblem() {
        return problem;
    }

    public String getDetails() {
        return details;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public String getNote() {
        return note;
    }
}
