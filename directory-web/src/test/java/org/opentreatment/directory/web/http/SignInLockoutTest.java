package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;

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

class SignInLockoutTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final SignInLockout lockout =
            new SignInLockout(3, 5, Duration.ofMinutes(15), Optional.of("127.0.0.1, ::1"));

    private final List<String> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(SignInLockout.class.getName());
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
        lockout.signInFailed("alice", HOME);
        lockout.signInFailed("alice", ELSEWHERE);
        assertThat(lockout.lockedFor("alice", HOME)).isEmpty();

        lockout.signInFailed("Alice", HOME);

        assertThat(lockout.lockedFor("alice", "203.0.113.1"))
                .hasValueSatisfying(
                        wait ->
                                assertThat(wait)
                                        .isPositive()
                                        .isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(lockout.lockedFor("ALICE", HOME)).isPresent();
        assertThat(lockout.lockedFor("bob", HOME)).isEmpty();
    }

    @Test
    void oneLinePerLockNamingNeitherTheAccountNorTheAddress() {
        for (int i = 0; i < 6; i++) {
            lockout.signInFailed("Mallory@Example.org", HOME);
        }

        assertThat(logged).hasSize(2);
        assertThat(logged.get(0))
                .contains("one account")
                .contains("PT15M")
                .doesNotContainIgnoringCase("mallory");
        assertThat(logged.get(1)).contains("one client address").doesNotContain(HOME);
    }

    @Test
    void anAddressIsLockedAfterFailuresForAnyAccountsUnlessExempt() {
        for (int i = 0; i < 5; i++) {
            lockout.signInFailed("user-" + i, HOME);
            lockout.signInFailed("user-" + i, "127.0.0.1");
        }

        assertThat(lockout.lockedFor("carol", HOME)).isPresent();
        assertThat(lockout.lockedFor(null, HOME)).isPresent();
        assertThat(lockout.lockedFor("carol", ELSEWHERE)).isEmpty();
        assertThat(lockout.lockedFor("carol", "127.0.0.1")).isEmpty();
        assertThat(lockout.lockedFor("carol", "::1")).isEmpty();
    }

    @Test
    void anAttemptWithoutANameCountsForTheAddressOnly() {
        for (int i = 0; i < 4; i++) {
            lockout.signInFailed(null, ELSEWHERE);
            lockout.signInFailed(" ", ELSEWHERE);
        }
        assertThat(lockout.lockedFor(null, ELSEWHERE)).isPresent();
        assertThat(lockout.lockedFor("", HOME)).isEmpty();
    }

    @Test
    void askingWhetherLockedCountsNothing() {
        for (int i = 0; i < 20; i++) {
            assertThat(lockout.lockedFor("dave", HOME)).isEmpty();
        }
    }
}
