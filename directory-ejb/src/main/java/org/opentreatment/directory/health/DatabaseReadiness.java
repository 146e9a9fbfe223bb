package org.opentreatment.directory.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: facility pages cannot be shown without it. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_MILLIS = 2_000;

    @Override
    public HealthCheckResponse call() {
        try (EntityManager em = PublishedUnit.lookup().createEntityManager()) {
            Object one =
                    em.createNativeQuery("select 1")
                            .setHint("jakarta.persistence.query.timeout", TIMEOUT_MILLIS)
                            .getSingleResult();
            return HealthCheckResponse.named("database")
                    .status(((Number) one).intValue() == 1)
                    .build();
        } catch (RuntimeException | NamingException e) {
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
