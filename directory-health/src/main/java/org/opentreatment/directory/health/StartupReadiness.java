package org.opentreatment.directory.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the start-up work has run: DOWN while the directory waits for its database. */
@Readiness
@ApplicationScoped
public class StartupReadiness extends ProbeCheck {

    public StartupReadiness() {
        super("start-up");
    }

    @Override
    boolean ask(DirectoryProbe probe, HealthCheckResponseBuilder response) {
        return probe.started();
    }
}
