package org.opentreatment.directory.management;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.opentreatment.directory.account.Account;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.shared.AbstractEntity;

/** A facility admin's request to keep a listing, and the site admin's decision on it. */
@Entity
@Table(name = "listing_claim")
public class ListingClaim extends AbstractEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TEXT = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @NotBlank
    @Size(max = 200)
    @Column(name = "listing_name")
    private String listingName;

    @Enumerated(EnumType.STRING)
    private ClaimKind kind;

    @Size(max = MAX_TEXT)
    private String note;

    @Enumerated(EnumType.STRING)
    private ClaimStatus status = ClaimStatus.PENDING;

    @Size(max = MAX_TEXT)
    private String reason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ListingClaim() {}

    ListingClaim(Account account, Facility facility, ClaimKind kind, String note) {
        this.account = account;
        this.facility = facility;
        this.listingName = facility.getName();
        this.kind = kind;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Account getAccount() {
        return account;
    }

    public Facility getFacility() {
        return facility;
    }

    public Long getFacilityId() {
        return facility == null ? null : facility.getId();
    }

    public String getListingName() {
        return listingName;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    void decide(ClaimStatus decision, String why, long siteAdmin) {
        status = decision;
        reason = why == null || why.isBlank() ? null : why.strip();
        decidedBy = siteAdmin;
        decidedAt = Instant.now();
    }
}
