package org.opentreatment.directory.web.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.search.FacilitySearch;
import org.opentreatment.directory.search.SearchOutcome;
import org.opentreatment.directory.search.SearchParameters;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.web.facility.FacilityLinks;

/** Search facilities and read one facility's listing. */
@Path("/facilities")
@Produces(MediaType.APPLICATION_JSON)
public class FacilitiesResource {

    @EJB FacilitySearch search;

    @EJB FacilityService facilities;

    @Context UriInfo uri;

    @Inject
    @ConfigProperty(name = "directory.public-base-url")
    Optional<String> publicBaseUrl;

    // Every parameter arrives as text so that a bad value is reported by name, never turned into
    // a bare 404 by the JAX-RS runtime.
    @GET
    public Response search(
            @QueryParam("near") String near,
            @QueryParam("lat") String lat,
            @QueryParam("lon") String lon,
            @QueryParam("radius") String radius,
            @QueryParam("state") String state,
            @QueryParam("city") String city,
            @QueryParam("dualDiagnosis") String dualDiagnosis,
            @QueryParam("medication") List<String> medication,
            @QueryParam("q") String q,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        SearchParameters parameters =
                new SearchParameters(
                        near,
                        lat,
                        lon,
                        radius,
                        state,
                        city,
                        dualDiagnosis,
                        medication,
                        q,
                        page,
                        size);
        SearchOutcome outcome = search.search(parameters);
        if (!outcome.valid()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(ErrorResponse.of(outcome.problems()))
                    .build();
        }
        SearchResult result = outcome.result();
        var hits =
                result.hits().stream()
                        .map(hit -> FacilityHitJson.of(hit, pageUrl(hit.id(), hit.slug())))
                        .toList();
        return Response.ok(new FacilityListJson(result.total(), result.page(), result.size(), hits))
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

    private String pageUrl(long id, String slug) {
        // The API lives at <site>/api/v1/: without a configured public base URL, the site's base is
        // two levels above the request's.
        String base = publicBaseUrl.orElseGet(() -> uri.getBaseUri().resolve("../..").toString());
        return FacilityLinks.absolute(base, id, slug);
    }
}
