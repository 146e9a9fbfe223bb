package org.opentreatment.directory.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Ready only while the search index answers a query: every search goes through it. */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        try {
            EntityManagerFactory emf = PublishedUnit.lookup();
            try (EntityManager em = emf.createEntityManager()) {
                SearchSession session = Search.session(em);
                // Every indexed type, named without depending on the EJB module's classes.
                long documents =
                        session.search(Search.mapping(emf).scope(Object.class))
                                .where(f -> f.matchAll())
                                .fetchTotalHitCount();
                return HealthCheckResponse.named("search-index")
                        .up()
                        .withData("documents", documents)
                        .build();
            }
        } catch (RuntimeException | NamingException e) {
            return HealthCheckResponse.named("search-index").down().build();
        }
    }
}
