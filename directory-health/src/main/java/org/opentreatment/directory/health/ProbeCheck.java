package org.opentreatment.directory.health;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * A readiness check that asks the registered {@link DirectoryProbe}. Load balancers poll every few
 * seconds, so a check logs only when it changes between UP and DOWN, with the reason.
 */
abstract class ProbeCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ProbeCheck.class.getName());

    @Inject ProbeRegistry registry;

    private final String name;
    private final AtomicBoolean up = new AtomicBoolean(true);

    ProbeCheck(String name) {
        this.name = name;
    }

    /** Fills in the response from the probe; an exception means DOWN. */
    abstract boolean ask(DirectoryProbe probe, HealthCheckResponseBuilder response);

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
        Optional<DirectoryProbe> probe = registry.probe();
        boolean ready;
        String reason;
        if (probe.isEmpty()) {
            ready = false;
            reason = "the application has not registered its probe yet";
        } else {
            try {
                ready = ask(probe.get(), response);
                reason = "it answered no";
            } catch (RuntimeException e) {
                ready = false;
                reason = e.toString();
            }
        }
        if (up.getAndSet(ready) != ready) {
            if (ready) {
                LOG.info(() -> "Readiness check " + name + " is UP again");
            } else {
                String why = reason;
                LOG.warning(() -> "Readiness check " + name + " is DOWN: " + why);
            }
        }
        return response.status(ready).build();
    }
}
