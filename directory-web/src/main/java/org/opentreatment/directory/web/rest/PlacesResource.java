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
public class PlacesResource {

    /** How many names a person sees under the field. */
    static final int SHOWN = 8;

    /** Fewer letters than this name too many places to be of help. */
    static final int MIN_LETTERS = 2;

    /** The answer: place names as the search's {@code near} takes them. */
    public record PlacesJson(List<String> places) {}

    @Inject Gazetteer gazetteer;

    @GET
    public Response suggest(@QueryParam("q") String typed) {
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
