package org.opentreatment.directory.account;

import java.time.Duration;

/** What an e-mailed link does, and how long it stays good. */
public enum TokenPurpose {
    /** Set a password: a reset, an invitation, the first site admin. Also proves the address. */
    SET_PASSWORD(Duration.ofHours(2)),
    /** Confirm the address a person registered with. */
    VERIFY_EMAIL(Duration.ofDays(2)),
    /** An account a site admin made for someone: their first password. */
    INVITATION(Duration.ofDays(7));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
