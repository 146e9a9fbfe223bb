package org.opentreatment.directory.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Test only ({@link Deployments#applicationWithDeskCounts()}): the listings counted straight from
 * the database in SQL, by a way of its own, to check the site admins' dashboard and stale page
 * against. {@code GET /api/v1/test-desk-counts?state=OH}.
 */
@Stateless
@Path("/")
public class DeskCountsResource {

    @PersistenceContext EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> counts(@QueryParam("state") String state) {
        // Stale: active, and never verified or last verified more than 12 months ago
        LocalDate cutoff = LocalDate.now().minusMonths(12);
        return Map.of(
                "total", count("select count(*) from facility", null),
                "active", count("select count(*) from facility where status = 'active'", null),
                "inState", count("select count(*) from facility where state = :state", state),
                "stale",
                        ((Number)
                                        em.createNativeQuery(
                                                        "select count(*) from facility where status"
                                                                + " = 'active' and (last_verified is"
                                                                + " null or last_verified < :cutoff)")
                                                .setParameter("cutoff", cutoff)
                                                .getSingleResult())
                                .longValue());
    }

    private long count(String sql, String state) {
        var query = em.createNativeQuery(sql);
        if (sql.contains(":state")) {
            query.setParameter("state", state == null ? "" : state);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @ApplicationPath("/api/v1/test-desk-counts")
    public static class Api extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(DeskCountsResource.class);
        }
    }
}
