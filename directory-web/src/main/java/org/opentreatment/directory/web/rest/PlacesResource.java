package org.opentreatment.directory.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.search.SearchLimits;

/**
 * Place names that start with what was typed, for the search form's autocomplete: {@code GET
 * /api/v1/places?q=colu} answers {@code {"places": ["Columbus, OH", ...]}}, cities with most ZIP
 * codes first. Answered from the gazetteer in memory; nothing typed is kept or logged.
 */
@Path("/places")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = ApiDocument.PLACES_TAG)
public class PlacesResource {

    /** How many names a person sees under the field. */
    static final int SHOWN = 8;

    /** Fewer letters than this name too many places to be of help. */
    static final int MIN_LETTERS = 2;

    /** The answer: place names as the search's {@code near} takes them. */
    @Schema(name = "Places", description = "Place names as near takes them, best first.")
    public record PlacesJson(
            @Schema(example = "[\"Columbus, OH\", \"Columbus, GA\"]") List<String> places) {}

    @Inject Gazetteer gazetteer;

    @GET
    @Operation(
            operationId = "suggestPlaces",
            summary = "Place names that start with what was typed",
            description =
                    "Up to "
                            + SHOWN
                            + " places (\"City, ST\"), cities with most ZIP codes first, for a"
                            + " search form's autocomplete; none for fewer than "
                            + MIN_LETTERS
                            + " letters.")
    @APIResponse(
            responseCode = "200",
            description = "The places, possibly none.",
            headers =
                    @Header(
                            name = "ETag",
                            description = ApiDocument.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlacesJson.class)))
    @APIResponse(responseCode = "304", description = ApiDocument.NOT_MODIFIED)
    @APIResponse(
            responseCode = "400",
            description = "q is too long.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErrorResponse.class)))
    public Response suggest(
            @Parameter(
                            description =
                                    "The start of a place name or ZIP code, at most "
                                            + SearchLimits.MAX_PLACE_LENGTH
                                            + " characters.",
                            example = "colu")
                    @QueryParam("q")
                    String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > SearchLimits.MAX_PLACE_LENGTH) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(
                            ErrorResponse.of(
                                    "q",
                                    "Type at most "
                                            + SearchLimits.MAX_PLACE_LENGTH
                                            + " characters."))
                    .build();
        }
        List<String> names =
                text.length() < MIN_LETTERS
                        ? List.of()
                        : gazetteer.suggest(text, SHOWN).stream().map(Place::displayName).toList();
        return Response.ok(new PlacesJson(names)).build();
    }
}
