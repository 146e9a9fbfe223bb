package org.opentreatment.directory.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: facility pages cannot be shown without it. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness extends ProbeCheck {

    public DatabaseReadiness() {
        super("database");
    }

    @Override
    boolean ask(DirectoryProbe probe, HealthCheckResponseBuilder response) {
        return probe.databaseAnswers();
    }
}
