package org.opentreatment.directory.testing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.search.SearchFixtures;

/**
 * Test only, added to the packaged application by {@link Deployments#applicationWithFixtures()}:
 * puts the search fixtures into the application's own database, due north of ZIP 43215 at known
 * distances beside the sample listings, so that tests over HTTP can check the order of results by
 * id; and takes them away again.
 */
@Path("/test-fixtures")
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
}
