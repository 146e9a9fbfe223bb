package org.opentreatment.directory.search;

import java.time.Instant;

/**
 * Where the latest re-indexing stands: running or not, how many listings are done out of how many,
 * and when it started and finished. Null times: not started yet, or not finished yet.
 */
public record IndexProgress(
        boolean running,
        long indexed,
        long total,
        Instant started,
        Instant finished,
        Long tookMillis,
        String failure) {

    static IndexProgress idle() {
        return new IndexProgress(false, 0, 0, null, null, null, null);
    }

    /** A rebuild accepted at {@code started}, before it has counted anything. */
    static IndexProgress startingAt(Instant started) {
        return new IndexProgress(true, 0, 0, started, null, null, null);
    }
}
