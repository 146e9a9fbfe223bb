package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentreatment.directory.web.http.BasicCredentialsTest.basic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorLockoutTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final OperatorLockout lockout =
            new OperatorLockout(3, 5, Duration.ofMinutes(15), Optional.of("127.0.0.1, ::1"));

    private final List<String> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(OperatorLockout.class.getName());
    private final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    logged.add(record.getMessage());
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeEach
    void captureTheLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        logger.removeHandler(capture);
    }

    @Test
    void anAccountIsLockedAfterItsFailuresWhateverThePasswordFromAnyAddress() {
        lockout.signInFailed(basic("alice:guess-1"), HOME);
        lockout.signInFailed(basic("alice:guess-2"), ELSEWHERE);
        assertThat(lockout.lockedFor(basic("alice:right"), HOME)).isEmpty();

        lockout.signInFailed(basic("Alice:guess-3"), HOME);

        assertThat(lockout.lockedFor(basic("alice:right"), "203.0.113.1"))
                .hasValueSatisfying(
                        wait ->
                                assertThat(wait)
                                        .isPositive()
                                        .isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(lockout.lockedFor(basic("ALICE:right"), HOME)).isPresent();
        assertThat(lockout.lockedFor(basic("bob:right"), HOME)).isEmpty();
    }

    @Test
    void oneLinePerLockWithTheAccountButNeitherPasswordNorAddress() {
        for (int i = 0; i < 6; i++) {
            lockout.signInFailed(basic("mallory\r\nFAKE LINE:pw-" + i), HOME);
        }

        assertThat(logged).hasSize(2);
        assertThat(logged.get(0))
                .contains("'mallory??fake line'")
                .contains("PT15M")
                .doesNotContain("\n")
                .doesNotContain("pw-");
        assertThat(logged.get(1)).contains("one client address").doesNotContain(HOME);
    }

    @Test
    void anAddressIsLockedAfterFailuresForAnyAccountsUnlessExempt() {
        for (int i = 0; i < 5; i++) {
            lockout.signInFailed(basic("user-" + i + ":wrong"), HOME);
            lockout.signInFailed(basic("user-" + i + ":wrong"), "127.0.0.1");
        }

        assertThat(lockout.lockedFor(basic("carol:right"), HOME)).isPresent();
        assertThat(lockout.lockedFor(null, HOME)).isPresent();
        assertThat(lockout.lockedFor(basic("carol:right"), ELSEWHERE)).isEmpty();
        assertThat(lockout.lockedFor(basic("carol:right"), "127.0.0.1")).isEmpty();
        assertThat(lockout.lockedFor(basic("carol:right"), "::1")).isEmpty();
    }

    @Test
    void noCredentialsIsNoAttemptAndAHeaderWithoutANameCountsForTheAddressOnly() {
        for (int i = 0; i < 10; i++) {
            lockout.signInFailed(null, HOME);
        }
        assertThat(lockout.lockedFor(null, HOME)).isEmpty();

        for (int i = 0; i < 5; i++) {
            lockout.signInFailed("malformed", ELSEWHERE);
        }
        assertThat(lockout.lockedFor(null, ELSEWHERE)).isPresent();
    }

    @Test
    void askingWhetherLockedCountsNothing() {
        for (int i = 0; i < 20; i++) {
            assertThat(lockout.lockedFor(basic("dave:wrong"), HOME)).isEmpty();
        }
    }
}
