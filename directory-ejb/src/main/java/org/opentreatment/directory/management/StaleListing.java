package org.opentreatment.directory.management;

import java.time.LocalDate;

/**
 * One stale listing on the site admins' page: enough to find it and whether someone keeps it (an
 * account bound to it, who gets the reminders).
 *
 * @param lastVerified null when it never was
 */
public record StaleListing(
        long id, String name, String city, String state, LocalDate lastVerified, boolean owned) {}
