package org.opentreatment.directory.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opentreatment.directory.imports.ImportFormat;
import org.opentreatment.directory.imports.ImportJob;
import org.opentreatment.directory.imports.ImportNotFoundException;
import org.opentreatment.directory.imports.ImportProblem;
import org.opentreatment.directory.imports.ImportRefused;
import org.opentreatment.directory.imports.ImportService;
import org.opentreatment.directory.imports.ListingExport;

/**
 * Imports and export of listings, for operators (role {@code operator}, guarded like {@link
 * IndexAdminResource}). An import is opened, sent its files one request each, started, and then
 * followed until it ends:
 *
 * <pre>
 * POST /admin/imports                 {"format": "locator", "deactivateMissing": false} -> 201
 * POST /admin/imports/{id}/files?name=page-1.json   (the file, application/json or text/csv)
 * POST /admin/imports/{id}/start      -> 202, imports in the background
 * GET  /admin/imports/{id}            progress, counts, unmapped labels
 * GET  /admin/imports/{id}/problems   (or problems.csv) every rejected row, by file, row and field
 * POST /admin/imports/{id}/cancel
 * GET  /admin/listings.csv            every listing, in the layout CSV imports read
 * </pre>
 *
 * State changes take JSON, files JSON or CSV, never a form: a page on another site cannot send them
 * with an operator's credentials.
 */
@Stateless
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class ImportsResource {

    static final String TEXT_CSV = "text/csv";

    /** Problems per page of {@code /problems}. */
    static final int PROBLEMS_PAGE = 500;

    @EJB ImportService imports;

    @EJB ListingExport export;

    @Context HttpServletRequest servlet;

    @Context SecurityContext security;

    /** What {@code POST /admin/imports} takes. */
    public record NewImport(String format, Boolean deactivateMissing) {}

    @GET
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/imports")
    public Response list() {
        return Response.ok(Map.of("imports", imports.recent(50).stream().map(this::json).toList()))
                .build();
    }

    @POST
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(NewImport request) {
        Optional<ImportFormat> format =
                Optional.ofNullable(request)
                        .map(NewImport::format)
                        .flatMap(ImportsResource::formatOf);
        if (format.isEmpty()) {
            return error(
                    Response.Status.BAD_REQUEST,
                    null,
                    "Give the format of the files: {\"format\": \"locator\"} for FindTreatment.gov"
                            + " locator exports, or {\"format\": \"csv\"} for the directory's CSV.");
        }
        try {
            ImportJob job =
                    imports.open(
                            format.get(),
                            Boolean.TRUE.equals(request.deactivateMissing()),
                            security.getUserPrincipal() == null
                                    ? null
                                    : security.getUserPrincipal().getName());
            return Response.created(URI.create(base() + "/admin/imports/" + job.getId()))
                    .entity(json(job))
                    .build();
        } catch (ImportRefused e) {
            return error(Response.Status.BAD_REQUEST, null, e.reason().english());
        }
    }

    @GET
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/imports/{id}")
    public Response get(@PathParam("id") long id) {
        return imports.find(id)
                .map(job -> Response.ok(json(job)).build())
                .orElseGet(ImportsResource::noSuchImport);
    }

    /**
     * One file of the import, as the request's body; its rows are staged, nothing is imported yet.
     */
    @POST
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/imports/{id}/files")
    @Consumes({MediaType.APPLICATION_JSON, TEXT_CSV})
    public Response receive(
            @PathParam("id") long id, @QueryParam("name") String name, InputStream file) {
        String fileName =
                name == null || name.isBlank()
                        ? "file-" + System.currentTimeMillis()
                        : name.strip();
        try {
            int rows = imports.receive(id, fileName, file);
            return Response.ok(
                            Map.of("file", fileName, "rows", rows, "import", json(imports.get(id))))
                    .build();
        } catch (ImportNotFoundException e) {
            return noSuchImport();
        } catch (ImportRefused e) {
            return error(Response.Status.BAD_REQUEST, null, fileName + ": " + e.reason().english());
        }
    }

    @POST
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/imports/{id}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (contentType == null) {
            return jsonOnly();
        }
        try {
            return Response.accepted(json(imports.start(id))).build();
        } catch (ImportNotFoundException e) {
            return noSuchImport();
        } catch (ImportRefused e) {
            return error(Response.Status.CONFLICT, null, e.reason().english());
        }
    }

    @POST
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/imports/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (contentType == null) {
            return jsonOnly();
        }
        try {
            return Response.ok(json(imports.cancel(id))).build();
        } catch (ImportNotFoundException e) {
            return noSuchImport();
        }
    }

    /** The rejected rows, {@value #PROBLEMS_PAGE} problems a page, from page 0. */
    @GET
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/imports/{id}/problems")
    public Response problems(
            @PathParam("id") long id, @QueryParam("page") @DefaultValue("0") String page) {
        int number;
        try {
            number = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 10_000) {
            return error(Response.Status.BAD_REQUEST, "page", "Pages are numbered from 0.");
        }
        try {
            List<Map<String, Object>> problems =
                    imports.problems(id, number * PROBLEMS_PAGE, PROBLEMS_PAGE).stream()
                            .map(ImportsResource::problemJson)
                            .toList();
            return Response.ok(
                            Map.of(
                                    "page", number,
                                    "total", imports.problemCount(id),
                                    "problems", problems))
                    .build();
        } catch (ImportNotFoundException e) {
            return noSuchImport();
        }
    }

    private static Map<String, Object> problemJson(ImportProblem p) {
        return p.getValue() == null
                ? Map.of(
                        "file",
                        p.getFileName(),
                        "row",
                        p.getFileRow(),
                        "field",
                        p.getField(),
                        "reason",
                        p.getReason())
                : Map.of(
                        "file", p.getFileName(),
                        "row", p.getFileRow(),
                        "field", p.getField(),
                        "value", p.getValue(),
                        "reason", p.getReason());
    }

    /** The same report as a CSV file to download: file, row, field, value, reason. */
    @GET
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/imports/{id}/problems.csv")
    @Produces(TEXT_CSV)
    public Response problemsCsv(@PathParam("id") long id) {
        if (imports.find(id).isEmpty()) {
            return noSuchImport();
        }
        StreamingOutput body = out -> imports.writeProblemsCsv(id, out);
        return Response.ok(body, TEXT_CSV + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"import-" + id + "-problems.csv\"")
                .build();
    }

    /**
     * Every listing in the CSV layout that imports read; {@code ?active=true} for only those public
     * search shows.
     */
    @GET
    @Operation(hidden = true) // operators only: see ApiDocument
    @Path("/listings.csv")
    @Produces(TEXT_CSV)
    public Response exportCsv(@QueryParam("active") String active) {
        if (active != null && !active.equals("true") && !active.equals("false")) {
            return error(Response.Status.BAD_REQUEST, "active", "Use active=true or active=false.");
        }
        boolean activeOnly = "true".equals(active);
        StreamingOutput body = out -> export.writeCsv(out, activeOnly);
        return Response.ok(body, TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"listings.csv\"")
                .build();
    }

    private ImportJson json(ImportJob job) {
        return ImportJson.of(
                job, imports.problemCount(job.getId()), imports.labels(job.getId()), base());
    }

    private String base() {
        return servlet.getContextPath() + "/api/v1";
    }

    private static Optional<ImportFormat> formatOf(String text) {
        for (ImportFormat f : ImportFormat.values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Response noSuchImport() {
        return error(Response.Status.NOT_FOUND, null, "No import has this id.");
    }

    private static Response jsonOnly() {
        return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(null, ErrorMappers.JSON_ONLY))
                .build();
    }

    private static Response error(Response.Status status, String parameter, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(parameter, message))
                .build();
    }
}
