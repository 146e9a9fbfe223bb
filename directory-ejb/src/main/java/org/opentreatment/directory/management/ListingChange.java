package org.opentreatment.directory.management;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.opentreatment.directory.facility.ChangeSource;

/**
 * One revision of one listing, as its history shows it: when, who (an account, with its display
 * name while the account exists, or none), why, and which fields changed from what to what.
 *
 * @param accountId the signed-in account that made the change, or null
 * @param accountName that account's display name, or null when there is no account (any more)
 */
public record ListingChange(
        long revision,
        Instant at,
        Long accountId,
        String accountName,
        ChangeSource source,
        Kind kind,
        List<FieldChange> fields)
        implements Serializable {

    public enum Kind {
        /** The listing was made: every field with a value is "changed" from empty. */
        CREATED,
        CHANGED,
        /**
         * The earliest revision recorded for a listing made without one (a bulk load, or before
         * history was kept): its values are shown as new, the earlier ones are unknown.
         */
        FIRST_RECORDED
    }
}
