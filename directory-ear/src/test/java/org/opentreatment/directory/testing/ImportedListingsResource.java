package org.opentreatment.directory.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.opentreatment.directory.facility.Facility;

/**
 * Test only, added to the packaged application by {@link Deployments#applicationWithImportCleanup}:
 * counts the listings the import tests made (their names start with {@value #PREFIX}) as the
 * database holds them, and removes them (the index follows), so that other test classes find the
 * sample as it was.
 */
@Stateless
@Path("/")
public class ImportedListingsResource {

    public static final String PREFIX = "ImportIT ";

    @PersistenceContext EntityManager em;

    /** How many active listings of the import tests the database holds, by name prefix. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> count(@QueryParam("prefix") String prefix) {
        return Map.of(
                "active",
                em.createQuery(
                                "select count(f) from Facility f where f.name like :prefix"
                                        + " and f.status = org.opentreatment.directory.facility.ListingStatus.ACTIVE",
                                Long.class)
                        .setParameter("prefix", (prefix == null ? PREFIX : prefix) + "%")
                        .getSingleResult());
    }

    @DELETE
    public void remove() {
        em.createQuery("select f from Facility f where f.name like :prefix", Facility.class)
                .setParameter("prefix", PREFIX + "%")
                .getResultList()
                .forEach(em::remove);
        em.flush();
    }

    /** Its own Application at its address: the WAR's Applications list their classes. */
    @ApplicationPath("/api/v1/test-imports")
    public static class Api extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ImportedListingsResource.class);
        }
    }
}
