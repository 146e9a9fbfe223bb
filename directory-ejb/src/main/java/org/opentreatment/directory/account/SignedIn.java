package org.opentreatment.directory.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who has signed in: the account's id (the name the container knows them by, so logs and sessions
 * hold no address), their groups, and when their password last changed (a session made before a
 * change no longer counts).
 */
public record SignedIn(long accountId, Set<String> groups, Instant credentialsChangedAt)
        implements Serializable {

    public SignedIn {
        groups = Set.copyOf(groups);
    }

    public String name() {
        return Long.toString(accountId);
    }

    static SignedIn of(Account account) {
        return new SignedIn(
                account.getId(), account.getRole().groups(), account.getCredentialsChangedAt());
    }
}
