package org.opentreatment.directory.management;

import java.util.List;

/**
 * The site admins' dashboard in numbers.
 *
 * @param byStatus every status, in their order, with its count (zero included)
 * @param topStates the states with the most listings, most first
 * @param states how many states have listings at all
 * @param recent the latest listing changes, newest first
 */
public record DeskSummary(
        long total,
        List<Tally> byStatus,
        List<Tally> topStates,
        int states,
        long stale,
        long openReports,
        long pendingClaims,
        List<RecentChange> recent) {}
