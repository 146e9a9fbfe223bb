package org.opentreatment.directory.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An e-mailed link's token, by its SHA-256 hash: the token itself exists only in the e-mail, so a
 * copy of the database opens no account. Good once, until it expires, and only while the account's
 * password is the one it was made under.
 */
@Entity
@Table(name = "account_token")
public class AccountToken extends org.opentreatment.directory.shared.AbstractEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    Account getAccount() {
        return account;
    }

    TokenPurpose getPurpose() {
        return purpose;
    }

    /** Unused, unexpired, and made after the account's password last changed. */
    boolean goodAt(Instant now) {
        return usedAt == null
                && now.isBefore(expiresAt)
                && !getCreatedAt().isBefore(account.getCredentialsChangedAt());
    }

    void use(Instant now) {
        usedAt = now;
    }
}
