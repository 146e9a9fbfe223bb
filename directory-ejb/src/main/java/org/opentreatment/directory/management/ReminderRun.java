package org.opentreatment.directory.management;

/**
 * What one run of the stale-listing reminders did.
 *
 * @param owners the accounts e-mailed (one message each)
 * @param listings the listings named in those messages
 * @param failed the accounts whose message could not be sent (reminded again next run)
 */
public record ReminderRun(int owners, int listings, int failed) {}
