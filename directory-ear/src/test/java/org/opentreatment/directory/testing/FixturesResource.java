package org.opentreatment.directory.testing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.search.SearchFixtures;

/**
 * Test only, added to the packaged application by {@link Deployments#applicationWithFixtures()}:
 * puts the search fixtures into the application's own database, due north of ZIP 43215 at known
 * distances beside the sample listings, so that tests over HTTP can check the order of results by
 * id; and takes them away again.
 */
@Path("/")
public class FixturesResource {

    /** Where the fixtures are centred, as the tests ask for it. */
    public static final String CENTRE_ZIP = "43215";

    @EJB SearchFixtures fixtures;

    @Inject Gazetteer gazetteer;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> load() {
        return fixtures.load(gazetteer.byZip(CENTRE_ZIP).orElseThrow().point());
    }

    @DELETE
    public void remove() {
        fixtures.remove();
    }

    /**
     * Its own Application at its old address: the WAR's Applications list their classes, so a
     * resource added by a test is served only by an Application that names it.
     */
    @ApplicationPath("/api/v1/test-fixtures")
    public static class Api extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(FixturesResource.class);
        }
    }
}
