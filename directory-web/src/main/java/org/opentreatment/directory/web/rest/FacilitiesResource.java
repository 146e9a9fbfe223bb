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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.search.SearchLimits;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.web.links.FacilityLinks;
import org.opentreatment.directory.web.search.PublicSearch;
import org.opentreatment.directory.web.search.SearchOutcome;
import org.opentreatment.directory.web.search.SearchParameters;

/**
 * Search facilities and read one facility's listing. The OpenAPI annotations describe the
 * parameters that do not come from a vocabulary; {@link ApiDocument} adds the filters, one per
 * {@code FilterGroup} and {@code FilterFlag}, with their codes.
 */
@Path("/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocument.FACILITIES_TAG)
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
    @Operation(
            operationId = ApiDocument.SEARCH_OPERATION,
            summary = "Search facilities",
            description =
                    "The public search of the directory's pages, with the same parameters: a place"
                            + " (near, or lat and lon; radius), state, city, keywords (q) and the"
                            + " filters. Values of one filter combine with OR (medication=BU&"
                            + "medication=MU: buprenorphine or methadone), filters with AND. At"
                            + " least a place, keywords or a filter is needed. Unknown parameters"
                            + " are ignored; a parameter other than a filter given twice is an"
                            + " error.")
    @Parameter(
            name = SearchParameters.NEAR,
            in = ParameterIn.QUERY,
            description =
                    "A place: a ZIP code, \"City, ST\" or \"City ST\". Other words around the"
                            + " place are searched as keywords (near=detox near 43215). Not with"
                            + " lat and lon.",
            example = "43215",
            schema = @Schema(type = SchemaType.STRING, maxLength = SearchLimits.MAX_PLACE_LENGTH))
    @Parameter(
            name = SearchParameters.LAT,
            in = ParameterIn.QUERY,
            description = "Latitude of the centre, with lon; not with near.",
            example = "39.96",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90"))
    @Parameter(
            name = SearchParameters.LON,
            in = ParameterIn.QUERY,
            description = "Longitude of the centre, with lat; not with near.",
            example = "-83.00",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "-180", maximum = "180"))
    @Parameter(
            name = SearchParameters.RADIUS,
            in = ParameterIn.QUERY,
            description =
                    "Miles around the place, from "
                            + SearchLimits.MIN_RADIUS_MILES
                            + " to "
                            + SearchLimits.MAX_RADIUS_MILES
                            + " (default "
                            + SearchLimits.DEFAULT_RADIUS_MILES
                            + "), or \"state\" for the whole state of the place given in near.",
            example = "25",
            schema = @Schema(type = SchemaType.STRING, pattern = "^([0-9]{1,3}|state)$"))
    @Parameter(
            name = SearchParameters.STATE,
            in = ParameterIn.QUERY,
            description = "A state or territory: its USPS code or its name.",
            example = "OH",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = SearchParameters.CITY,
            in = ParameterIn.QUERY,
            description = "A city, matched by name (Saint and St., accents and case aside).",
            example = "Columbus",
            schema = @Schema(type = SchemaType.STRING, maxLength = SearchLimits.MAX_CITY_LENGTH))
    @Parameter(
            name = SearchParameters.KEYWORDS,
            in = ParameterIn.QUERY,
            description =
                    "Keywords, at most "
                            + SearchLimits.MAX_KEYWORDS
                            + " words and "
                            + SearchLimits.MAX_KEYWORD_LENGTH
                            + " characters, matched in names, descriptions and services, with"
                            + " synonyms (suboxone finds buprenorphine) and misspellings corrected;"
                            + " at most two prefix words (suboxo*).",
            example = "suboxone",
            schema = @Schema(type = SchemaType.STRING, maxLength = SearchLimits.MAX_KEYWORD_LENGTH))
    @Parameter(
            name = SearchParameters.SORT,
            in = ParameterIn.QUERY,
            description =
                    "The order: distance (with a place), name, or relevance (with keywords)."
                            + " Default: distance with a place, else relevance with keywords, else"
                            + " name.",
            example = "distance",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"distance", "name", "relevance"}))
    @Parameter(
            name = SearchParameters.FACETS,
            in = ParameterIn.QUERY,
            description =
                    "true adds facets: for every filter, each value's count if it were chosen"
                            + " too.",
            example = "true",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(
            name = SearchParameters.PAGE,
            in = ParameterIn.QUERY,
            description =
                    "The page, from 0. Pages past the first "
                            + SearchLimits.MAX_RESULT_WINDOW
                            + " results cannot be asked for.",
            example = "0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @Parameter(
            name = SearchParameters.SIZE,
            in = ParameterIn.QUERY,
            description = "Results per page, at most " + SearchLimits.MAX_PAGE_SIZE + ".",
            example = "20",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "1",
                            maximum = "" + SearchLimits.MAX_PAGE_SIZE,
                            defaultValue = "" + SearchLimits.DEFAULT_PAGE_SIZE))
    @Parameter(
            name = SearchParameters.LANGUAGE,
            in = ParameterIn.QUERY,
            description =
                    "The pages' language (en or es). Accepted and kept in the links; the API"
                            + " itself answers in English.",
            example = "es",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"en", "es"}))
    @APIResponse(
            responseCode = "200",
            description = "One page of results, with links to the other pages.",
            headers = {
                @Header(
                        name = "Link",
                        description = "The same links as links in the body (RFC 8288).",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "ETag",
                        description = ApiDocument.ETAG,
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Content-Location",
                        description =
                                "Only when a place typed among other words in near was moved"
                                        + " apart from them: the search that was run.",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FacilityListJson.class)))
    @APIResponse(responseCode = "304", description = ApiDocument.NOT_MODIFIED)
    @APIResponse(
            responseCode = "400",
            description = "Some parameters are wrong: each is named, with values that would work.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErrorResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "unknown place and code",
                                            value = ApiDocument.BAD_REQUEST_EXAMPLE)))
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
        SearchLinks links = links();
        PageLinks paging = links.paging(outcome.parameters(), result);
        return links.asRun(Response.ok(), asked, outcome)
                .header("Link", paging.header())
                .entity(
                        new FacilityListJson(
                                result.total(),
                                result.page(),
                                result.size(),
                                result.order().parameter(),
                                paging,
                                hits,
                                result.facets() == null
                                        ? null
                                        : FacetJson.of(result.facets(), outcome.query()),
                                links.didYouMean(outcome)))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getFacility",
            summary = "Read one facility's listing",
            description = "The whole listing, every vocabulary as SAMHSA code and label.")
    @APIResponse(
            responseCode = "200",
            description = "The listing.",
            headers =
                    @Header(
                            name = "ETag",
                            description = ApiDocument.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FacilityJson.class)))
    @APIResponse(responseCode = "304", description = ApiDocument.NOT_MODIFIED)
    @APIResponse(
            responseCode = "404",
            description = "No active listing has this id.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErrorResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "unknown id",
                                            value =
                                                    "{\"errors\": [{\"parameter\": \"id\","
                                                            + " \"message\": \"No facility has"
                                                            + " the id 999999999.\","
                                                            + " \"suggestions\": []}]}")))
    public Response get(
            @Parameter(description = "The listing's id, as results give it.", example = "1")
                    @PathParam("id")
                    String id) {
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
