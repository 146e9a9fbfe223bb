package org.opentreatment.directory.health;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the start-up work that needs the database (schema migration and validation, index check,
 * sample data) has run. It has not while the application waits for a database that was down when it
 * deployed: pages then answer "temporarily unavailable" rather than query a schema that may not
 * exist yet, and readiness says DOWN. Lives in the EAR's lib/ so that the health checks, the EJB
 * module and the web module all see the same one.
 */
@ApplicationScoped
public class StartupStatus {

    private volatile boolean done;

    public void done() {
        done = true;
    }

    public boolean isDone() {
        return done;
    }
}
