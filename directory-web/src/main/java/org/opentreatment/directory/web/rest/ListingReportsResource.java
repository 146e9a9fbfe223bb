package org.opentreatment.directory.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opentreatment.directory.report.ListingReportService;
import org.opentreatment.directory.report.ReportStatus;

/**
 * Problem reports about listings, for operators' scripts (site admins also have the page
 * /manage/reports): GET lists them by status, POST {@code /{id}/resolve} marks one dealt with.
 * Guarded exactly like {@link IndexAdminResource}: a stateless EJB with {@code @RolesAllowed},
 * under web.xml's constraint and the operators' filter (HTTPS only, lock-out), and state changes by
 * JSON POST only.
 */
@Stateless
@Path("/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class ListingReportsResource {

    @EJB ListingReportService reports;

    /**
     * {@code ?status=open} (the default), {@code assigned}, {@code resolved} or {@code dismissed};
     * newest first.
     */
    @GET
    @Operation(hidden = true) // operators only: see ApiDocument
    public Response list(@QueryParam("status") String status) {
        Optional<ReportStatus> wanted =
                status == null ? Optional.of(ReportStatus.OPEN) : ReportStatus.ofCode(status);
        if (wanted.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(
                            ErrorResponse.of(
                                    "status", "Use status=open, assigned, resolved or dismissed."))
                    .build();
        }
        return Response.ok(
                        Map.of(
                                "reports",
                                reports.list(wanted.get()).stream()
                                        .map(ListingReportJson::of)
                                        .toList()))
                .build();
    }

    /**
     * Marks a report resolved and answers it; resolving it again changes nothing. A JSON POST only,
     * for the reason {@link IndexAdminResource#rebuild} gives.
     */
    @POST
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (contentType == null) {
            return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(null, ErrorMappers.JSON_ONLY))
                    .build();
        }
        return reports.resolve(id)
                .map(r -> Response.ok(ListingReportJson.of(r)).build())
                .orElseGet(
                        () ->
                                Response.status(Response.Status.NOT_FOUND)
                                        .entity(ErrorResponse.of(null, "No report has this id."))
                                        .build());
    }
}
