package org.opentreatment.directory.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the start-up work has run (see {@link StartupStatus}). */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    @Inject StartupStatus status;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start-up").status(status.isDone()).build();
    }
}
