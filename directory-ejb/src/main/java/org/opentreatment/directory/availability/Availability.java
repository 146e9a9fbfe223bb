package org.opentreatment.directory.availability;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place that decides whether the directory is "temporarily unavailable": pages and the API
 * both ask it about a failure, so they answer 503 with the helplines (pages) or JSON with {@code
 * Retry-After} (API) under the same conditions, and a bug stays a bug.
 *
 * <p>The directory is unavailable while its start-up work has not run (it was deployed while the
 * database was down, and the schema may not exist yet), and for any failure caused by a database or
 * search cluster that cannot be reached, or by a search that cannot be answered truthfully yet
 * ({@link NotReadyException}).
 */
@ApplicationScoped
public class Availability {

    private volatile boolean started;

    /** Called once the start-up work (schema, index check, sample data) has run. */
    public void markStarted() {
        started = true;
    }

    /** Whether the start-up work that needs the database has run. */
    public boolean isStarted() {
        return started;
    }

    /** Whether this failure means "temporarily unavailable" rather than a bug. */
    public boolean explains(Throwable failure) {
        return !started || Outages.isUnavailable(failure);
    }
}
