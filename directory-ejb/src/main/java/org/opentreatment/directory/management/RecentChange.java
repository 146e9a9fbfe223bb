package org.opentreatment.directory.management;

import java.time.Instant;
import org.opentreatment.directory.facility.ChangeSource;

/**
 * One listing's change in one revision of the history, for the site admins' dashboard.
 *
 * @param accountId who made it, if someone signed in did
 * @param accountName their name, if the account still exists
 * @param listingName the listing's name after the change (before it, for a removal, when known)
 * @param kind "ADD", "MOD" or "DEL", as Envers records it
 */
public record RecentChange(
        long revision,
        Instant at,
        Long accountId,
        String accountName,
        ChangeSource source,
        long facilityId,
        String listingName,
        String kind) {}
