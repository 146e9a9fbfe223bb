package org.opentreatment.directory.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opentreatment.directory.facility.FacilityNotFoundException;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.management.ListingAccessRefused;
import org.opentreatment.directory.management.ListingConflict;
import org.opentreatment.directory.management.ListingDraft;
import org.opentreatment.directory.management.ListingEditor;
import org.opentreatment.directory.management.ListingRejected;

/**
 * A facility admin's (or site admin's) listing over the API, with HTTP Basic: {@code GET
 * /api/v1/manage/listings/{id}} answers its version and editable fields in the CSV layout's text
 * forms (docs/data-exchange.md); {@code PUT} with {@code {"version": n, "fields": {"phone": ...}}}
 * changes the fields given and no other. The same service as the editor page decides who may change
 * what: another's listing is 403 (whether it exists or not), a version that is no longer current
 * 409 with the fields changed since, a value the listing rules refuse 400, field by field.
 */
@RequestScoped
@Path("/manage/listings/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ManagedListingsResource {

    @EJB ListingEditor editor;

    @GET
    @Operation(hidden = true)
    public Response get(@PathParam("id") String id) {
        return withListing(id, listingId -> Response.ok(json(editor.load(listingId))).build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response put(@PathParam("id") String id, JsonObject body) {
        return withListing(
                id,
                listingId -> {
                    if (body == null
                            || !(body.get("version") instanceof jakarta.json.JsonNumber version)
                            || !(body.get("fields") instanceof JsonObject fields)) {
                        return bad(
                                null,
                                "Send {\"version\": the version you read, \"fields\": {\"column\":"
                                        + " \"value\", ...}}.");
                    }
                    ListingDraft draft = editor.load(listingId);
                    if (draft.version() != version.longValue()) {
                        return conflict(listingId, draft.version(), List.of());
                    }
                    List<ErrorResponse.Error> problems = new ArrayList<>();
                    fields.forEach(
                            (name, value) -> apply(draft, name, value).ifPresent(problems::add));
                    if (!problems.isEmpty()) {
                        return Response.status(Response.Status.BAD_REQUEST)
                                .entity(new ErrorResponse(problems))
                                .build();
                    }
                    try {
                        return Response.ok(json(editor.save(draft))).build();
                    } catch (ListingConflict conflict) {
                        return conflict(
                                listingId, conflict.currentVersion(), conflict.changedByOthers());
                    } catch (ListingRejected rejected) {
                        return Response.status(Response.Status.BAD_REQUEST)
                                .entity(
                                        new ErrorResponse(
                                                rejected.problems().stream()
                                                        .map(
                                                                p ->
                                                                        new ErrorResponse.Error(
                                                                                p.field(),
                                                                                p.reason()
                                                                                        .english()))
                                                        .toList()))
                                .build();
                    }
                });
    }

    private static Optional<ErrorResponse.Error> apply(
            ListingDraft draft, String name, JsonValue value) {
        Optional<ListingField> field =
                ListingField.ofColumn(name).filter(ListingDraft.EDITABLE::contains);
        if (field.isEmpty()) {
            return Optional.of(
                    new ErrorResponse.Error(
                            name, "This is not a field of a listing one may change."));
        }
        String text =
                switch (value.getValueType()) {
                    case STRING -> ((JsonString) value).getString();
                    case NULL -> "";
                    case NUMBER, TRUE, FALSE -> value.toString();
                    default -> null;
                };
        if (text == null) {
            return Optional.of(
                    new ErrorResponse.Error(
                            name, "Give the field's value as text, as in the CSV."));
        }
        try {
            field.get().parse(draft.edited(), text);
            return Optional.empty();
        } catch (ListingField.InvalidFieldValue invalid) {
            return Optional.of(new ErrorResponse.Error(name, invalid.reason().english()));
        }
    }

    private interface Action {
        Response on(long listingId);
    }

    private static Response withListing(String id, Action action) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(ErrorResponse.of(null, "There is no listing " + id + "."))
                    .build();
        }
        long listingId = Long.parseLong(id);
        try {
            return action.on(listingId);
        } catch (ListingAccessRefused refused) {
            // Logged by ListingAccess; the same answer whether the listing exists or not
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(ErrorResponse.of(null, "This listing is not one of yours."))
                    .build();
        } catch (FacilityNotFoundException missing) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(ErrorResponse.of(null, "There is no listing " + listingId + "."))
                    .build();
        }
    }

    private static Response bad(String parameter, String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(ErrorResponse.of(parameter, message))
                .build();
    }

    private static Response conflict(long id, long currentVersion, List<ListingField> changed) {
        List<ErrorResponse.Error> errors = new ArrayList<>();
        errors.add(
                new ErrorResponse.Error(
                        "version",
                        "Listing "
                                + id
                                + " was changed since you read it: it is at version "
                                + currentVersion
                                + " now. Read it again, then send your changes with that"
                                + " version."));
        changed.forEach(
                field ->
                        errors.add(
                                new ErrorResponse.Error(
                                        field.column(), "Changed by someone else since.")));
        return Response.status(Response.Status.CONFLICT).entity(new ErrorResponse(errors)).build();
    }

    private static JsonObject json(ListingDraft draft) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        ListingDraft.EDITABLE.stream()
                .sorted(java.util.Comparator.comparing(Enum::ordinal))
                .forEach(field -> fields.add(field.column(), field.format(draft.edited())));
        return Json.createObjectBuilder()
                .add("id", draft.id())
                .add("version", draft.version())
                .add("fields", fields)
                .build();
    }
}
