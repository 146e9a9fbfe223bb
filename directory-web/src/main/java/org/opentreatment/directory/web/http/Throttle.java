package org.opentreatment.directory.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * Token buckets per key (a client's address, an account's name): each key may take {@code capacity}
 * tokens, which come back evenly over {@code refill}. Buckets are kept in a bounded cache and
 * dropped when unused, so no stream of new keys can grow the map without end. Used for the request
 * rate limit and for the operators' lock-out.
 */
public final class Throttle {

    /** What taking a token said: allowed, or refused until {@link #retryAfter()} has passed. */
    public record Verdict(boolean allowed, Duration retryAfter) {

        /** Whole seconds to wait, at least one, for a {@code Retry-After} header. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final long capacity;
    private final Duration refill;
    private final Cache<String, Bucket> buckets;

    public Throttle(long capacity, Duration refill, long maxKeys) {
        this.capacity = capacity;
        this.refill = refill;
        this.buckets =
                Caffeine.newBuilder()
                        .maximumSize(maxKeys)
                        // A bucket untouched this long is full again: dropping it changes nothing.
                        .expireAfterAccess(refill)
                        .build();
    }

    /** Takes a token for this key. */
    public Verdict take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return new Verdict(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether this key has a token left, without taking it. */
    public Verdict peek(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return new Verdict(true, Duration.ZERO);
        }
        return new Verdict(
                false,
                Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        return buckets.get(
                key,
                k ->
                        Bucket.builder()
                                .addLimit(
                                        limit ->
                                                limit.capacity(capacity)
                                                        .refillGreedy(capacity, refill))
                                .build());
    }
}
