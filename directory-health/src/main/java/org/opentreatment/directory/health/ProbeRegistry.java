package org.opentreatment.directory.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Where the EJB module registers its {@link DirectoryProbe} at start-up. Until it has, every check
 * answers DOWN: the application is still deploying.
 */
@ApplicationScoped
public class ProbeRegistry {

    private volatile DirectoryProbe probe;

    public void register(DirectoryProbe probe) {
        this.probe = probe;
    }

    Optional<DirectoryProbe> probe() {
        return Optional.ofNullable(probe);
    }
}
