package org.opentreatment.directory.web.hsds;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.opentreatment.directory.web.rest.ErrorMappers;

/**
 * The Open Referral HSDS 3.0 API. A second {@code Application} in the WAR, so it lists its classes
 * (as {@code DirectoryApi} does): without that, each would serve every resource of the WAR.
 */
@ApplicationPath("/api/hsds")
public class HsdsApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ListingsResource.class,
                TaxonomiesResource.class,
                TaxonomyTermsResource.class,
                HsdsJsonb.class,
                HsdsProblem.Mapper.class,
                ErrorMappers.WebApplicationErrors.class,
                ErrorMappers.AccessRefusals.class,
                ErrorMappers.UnexpectedErrors.class);
    }
}
