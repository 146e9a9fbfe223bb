package org.opentreatment.directory.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StalePolicyTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7); // a Monday

    private final StalePolicy policy = new StalePolicy(Period.ofMonths(12), NEW_YORK);

    @Test
    void readsIsoPeriodsAndRefusesTheRest() {
        assertThat(StalePolicy.parse("P12M")).contains(Period.ofYears(1));
        assertThat(StalePolicy.parse(" P1Y ")).contains(Period.ofYears(1));
        assertThat(StalePolicy.parse("P365D")).contains(Period.ofDays(365));
        assertThat(StalePolicy.parse("12 months")).isEmpty();
        assertThat(StalePolicy.parse("P0D")).isEmpty();
        assertThat(StalePolicy.parse("-P1M")).isEmpty();
        assertThat(StalePolicy.parse("")).isEmpty();
        assertThat(StalePolicy.parse(null)).isEmpty();
    }

    @Test
    void aListingIsStaleWhenNeverVerifiedOrLastVerifiedMoreThanThePeriodAgo() {
        assertThat(policy.cutoff(TODAY)).isEqualTo(LocalDate.of(2025, 12, 7));
        assertThat(policy.isStale(null, TODAY)).isTrue();
        assertThat(policy.isStale(LocalDate.of(2025, 12, 6), TODAY)).isTrue();
        // exactly a year ago is still fresh, as on the facility page
        assertThat(policy.isStale(LocalDate.of(2025, 12, 7), TODAY)).isFalse();
        assertThat(policy.isStale(TODAY, TODAY)).isFalse();
        assertThat(new StalePolicy(Period.ofDays(30), NEW_YORK).isStale(TODAY.minusDays(31), TODAY))
                .isTrue();
    }

    @Test
    void anOwnerHearsAboutAListingAtMostOnceAWeekCountedInDays() {
        Instant remindedBefore = policy.remindedBefore(TODAY);
        // last Monday's run, even a few seconds later in the day than this one, is old enough
        Instant lastMondayLate = TODAY.minusDays(7).atTime(23, 59).atZone(NEW_YORK).toInstant();
        assertThat(lastMondayLate).isBefore(remindedBefore);
        // Tuesday's reminder (a site admin's "send now") is not
        Instant lastTuesdayEarly = TODAY.minusDays(6).atStartOfDay(NEW_YORK).toInstant();
        assertThat(lastTuesdayEarly).isEqualTo(remindedBefore);
        assertThat(lastTuesdayEarly.isBefore(remindedBefore)).isFalse();
    }

    @Test
    void aStartCatchesUpWhenTheLastRunIsAWeekOldOrNeverHappened() {
        assertThat(policy.runOverdue(null, TODAY)).isTrue();
        Instant lastWeek = TODAY.minusDays(7).atTime(6, 0).atZone(NEW_YORK).toInstant();
        assertThat(policy.runOverdue(lastWeek, TODAY)).isTrue();
        Instant yesterday = TODAY.minusDays(1).atTime(6, 0).atZone(NEW_YORK).toInstant();
        assertThat(policy.runOverdue(yesterday, TODAY)).isFalse();
        assertThat(policy.runOverdue(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), TODAY))
                .isFalse();
    }

    @Test
    void theReminderListsNamesAndLinksOnly() {
        assertThat(
                        StalePolicy.listingLines(
                                List.of(
                                        new String[] {"Hope Clinic", "https://x.example/a?id=1"},
                                        new String[] {
                                            "Main St Recovery", "https://x.example/a?id=2"
                                        })))
                .isEqualTo(
                        "- Hope Clinic: https://x.example/a?id=1\n"
                                + "- Main St Recovery: https://x.example/a?id=2");
    }
}
