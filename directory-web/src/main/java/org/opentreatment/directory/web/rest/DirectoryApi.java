package org.opentreatment.directory.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The public JSON API, versioned in its path so that a change of shape gets a new version. */
@ApplicationPath("/api/v1")
public class DirectoryApi extends Application {

    /**
     * Listed, not scanned: the WAR has a second Application (web.hsds.HsdsApi), and an Application
     * that lists nothing serves every resource of the WAR. Add each new v1 resource or provider
     * here, or it is not served.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                FacilitiesResource.class,
                PlacesResource.class,
                IndexAdminResource.class,
                ListingReportsResource.class,
                ImportsResource.class,
                ManagedListingsResource.class,
                ErrorMappers.WebApplicationErrors.class,
                ErrorMappers.AccessRefusals.class,
                ErrorMappers.UnreadableBodies.class,
                ErrorMappers.UnexpectedErrors.class);
    }
}
