package org.opentreatment.directory.management;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a listing is stale and when its keepers hear about it, by the calendar of the server's time
 * zone (the zone in which "verified today" is written).
 *
 * <ul>
 *   <li>An active listing is stale when it was never verified, or last verified before today minus
 *       the period {@code directory.stale.after} (12 months): verified exactly a year ago today is
 *       still fresh, as on the facility page.
 *   <li>Reminders go out weekly; an owner hears about one listing at most once every {@value
 *       #REMIND_EVERY_DAYS} days, counted in days, so that a run a few seconds early next week
 *       still reminds.
 *   <li>A start-up runs a missed week's reminders when the last run was {@value #REMIND_EVERY_DAYS}
 *       days ago or more, or never happened.
 * </ul>
 */
public final class StalePolicy {

    public static final Period DEFAULT_STALE_AFTER = Period.ofMonths(12);

    /** Reminders about one listing to one owner, at most once in so many days; the weekly run. */
    public static final int REMIND_EVERY_DAYS = 7;

    private final Period staleAfter;
    private final ZoneId zone;

    public StalePolicy(Period staleAfter, ZoneId zone) {
        this.staleAfter = staleAfter;
        this.zone = zone;
    }

    /**
     * The period a setting names ({@code P12M}, {@code P1Y}, {@code P365D}); empty when it is not
     * an ISO-8601 period longer than zero days.
     */
    public static Optional<Period> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        try {
            Period period = Period.parse(setting.strip());
            return period.isNegative() || period.isZero()
                    ? Optional.empty()
                    : Optional.of(period.normalized());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Period staleAfter() {
        return staleAfter;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** Listings last verified before this day are stale. */
    public LocalDate cutoff(LocalDate today) {
        return today.minus(staleAfter);
    }

    public boolean isStale(LocalDate lastVerified, LocalDate today) {
        return lastVerified == null || lastVerified.isBefore(cutoff(today));
    }

    /**
     * Reminders made before this instant are old enough to be repeated today: the start of the day
     * {@value #REMIND_EVERY_DAYS} days less one ago, so a reminder of the same weekday last week
     * counts as old.
     */
    public Instant remindedBefore(LocalDate today) {
        return today.minusDays(REMIND_EVERY_DAYS - 1L).atStartOfDay(zone).toInstant();
    }

    /** Whether a start-up should run the reminders that the weekly schedule missed. */
    public boolean runOverdue(Instant lastRun, LocalDate today) {
        return lastRun == null || lastRun.isBefore(remindedBefore(today));
    }

    /** A reminder's list of listings, one a line: "- name: link". */
    public static String listingLines(List<String[]> namesAndLinks) {
        return namesAndLinks.stream()
                .map(nameAndLink -> "- " + nameAndLink[0] + ": " + nameAndLink[1])
                .collect(Collectors.joining("\n"));
    }
}
