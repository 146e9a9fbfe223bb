package org.opentreatment.directory.management;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.opentreatment.directory.facility.ChangeSource;

/**
 * One revision of the listings' history: a transaction that changed listings, when, by which
 * account (none for imports run by the system and for the directory's own work) and why ({@link
 * ChangeSource}). Envers writes it ({@link ListingRevisionListener}); the listings' states at each
 * revision are in {@code facility_aud}.
 */
@Entity
@Table(name = "listing_revision")
@RevisionEntity(ListingRevisionListener.class)
public class ListingRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_revision_seq")
    @SequenceGenerator(name = "listing_revision_seq", sequenceName = "listing_revision_seq")
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** The signed-in account's id; no foreign key, so history outlives a removed account. */
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private ChangeSource source = ChangeSource.SYSTEM;

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public ChangeSource getSource() {
        return source;
    }

    void setSource(ChangeSource source) {
        this.source = source;
    }
}
