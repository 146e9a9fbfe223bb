package org.opentreatment.directory.web.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.web.links.FacilityLinks;
import org.opentreatment.directory.web.search.PublicSearch;
import org.opentreatment.directory.web.search.SearchOutcome;
import org.opentreatment.directory.web.search.SearchParameters;

/** Search facilities and read one facility's listing. */
@Path("/facilities")
@Produces(MediaType.APPLICATION_JSON)
public class FacilitiesResource {

    @Inject PublicSearch search;

    @EJB FacilityService facilities;

    @Context UriInfo uri;

    @Context ServletContext servlet;

    @Inject
    @ConfigProperty(name = Settings.PUBLIC_BASE_URL)
    Optional<String> publicBaseUrl;

    /**
     * The public search, with the page's parameters read and checked the same way ({@link
     * SearchParameters}): the same URL gives the same results, or names the same parameters as
     * wrong (here as a 400 with every problem).
     */
    @GET
    public Response search() {
        SearchParameters asked = SearchParameters.of(uri.getQueryParameters());
        SearchOutcome outcome = search.run(asked);
        if (outcome.timedOut()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", SearchOutcome.RETRY_AFTER_SECONDS)
                    .entity(ErrorResponse.of(outcome.problems()))
                    .build();
        }
        if (!outcome.valid()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(ErrorResponse.of(outcome.problems(), SearchLinks.suggested(outcome)))
                    .build();
        }
        SearchResult result = outcome.result();
        var hits =
                result.hits().stream()
                        .map(hit -> FacilityHitJson.of(hit, pageUrl(hit.id(), hit.slug())))
                        .toList();
        var didYouMean = links().didYouMean(outcome);
        return links().asRun(Response.ok(), asked, outcome)
                .entity(
                        new FacilityListJson(
                                result.total(),
                                result.page(),
                                result.size(),
                                result.order().parameter(),
                                hits,
                                result.facets() == null
                                        ? null
                                        : FacetJson.of(result.facets(), outcome.query()),
                                didYouMean))
                .build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        long facilityId;
        try {
            facilityId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return notFound(id);
        }
        return facilities
                .find(facilityId)
                .map(f -> Response.ok(FacilityJson.of(f, pageUrl(f.getId(), f.getSlug()))).build())
                .orElseGet(() -> notFound(id));
    }

    private static Response notFound(String id) {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(ErrorResponse.of("id", "No facility has the id " + id.strip() + "."))
                .build();
    }

    private SearchLinks links() {
        return new SearchLinks(publicBaseUrl, servlet.getContextPath());
    }

    /**
     * The facility page's address: under the configured public base URL, else relative to this
     * site. Never built from the request's address, whose host is whatever the client's {@code
     * Host} header says: a client (or a cache in front, keyed without the header) could otherwise
     * have the API hand out links to another site.
     */
    private String pageUrl(long id, String slug) {
        return publicBaseUrl
                .map(base -> FacilityLinks.absolute(base, id, slug))
                .orElseGet(() -> servlet.getContextPath() + FacilityLinks.path(id, slug));
    }
}
