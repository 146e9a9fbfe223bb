package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    @Test
    void eachKeyHasItsOwnTokensAndIsRefusedWithAWaitWhenTheyAreGone() {
        Throttle throttle = new Throttle(3, Duration.ofMinutes(1), 100);

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.take("a").allowed()).isTrue();
        }
        Throttle.Verdict refused = throttle.take("a");

        assertThat(refused.allowed()).isFalse();
        // One token comes back every 20 s
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
        assertThat(throttle.take("b").allowed()).isTrue();
    }

    @Test
    void peekingTakesNothing() {
        Throttle throttle = new Throttle(1, Duration.ofMinutes(1), 100);

        assertThat(throttle.peek("a").allowed()).isTrue();
        assertThat(throttle.peek("a").allowed()).isTrue();
        assertThat(throttle.take("a").allowed()).isTrue();
        assertThat(throttle.peek("a").allowed()).isFalse();
        assertThat(throttle.peek("a").retryAfterSeconds()).isBetween(1L, 60L);
    }
}
