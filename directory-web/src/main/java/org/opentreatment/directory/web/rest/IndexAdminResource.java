package org.opentreatment.directory.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opentreatment.directory.search.IndexAdmin;
import org.opentreatment.directory.search.IndexProgress;

/**
 * Re-indexing on demand, for operators (role {@code operator}, HTTP Basic over the server's
 * application users): POST starts a rebuild of the search index from the database, GET follows it.
 *
 * <p>A stateless EJB, so that the EJB container enforces {@code @RolesAllowed} on every call, on
 * WildFly and Payara alike, whatever address reached it: on a plain resource RESTEasy ignores the
 * annotation unless told otherwise, and Jersey needs a feature of its own, which would leave
 * web.xml's URL pattern as the only check. A refusal is an {@link jakarta.ejb.EJBAccessException},
 * answered 403 ({@link ErrorMappers.AccessRefusals}).
 */
@Stateless
@Path("/admin/index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class IndexAdminResource {

    @EJB IndexAdmin index;

    @GET
    @Operation(hidden = true) // operators only: see ApiDocument
    public IndexProgress progress() {
        return index.progress();
    }

    /**
     * Starts a re-index: a JSON POST only. A page on another site can make a browser POST a form or
     * text/plain here (with the operator's HTTP Basic credentials, which browsers send by
     * themselves), but not JSON: that needs a CORS preflight, which this site never answers. So a
     * form post, plain text or a POST without a Content-Type answers 415 and starts nothing.
     */
    @POST
    @Operation(hidden = true) // operators only: see ApiDocument
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rebuild(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        // @Consumes turns forms and text away; without a Content-Type a runtime may still match
        if (contentType == null) {
            return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(null, ErrorMappers.JSON_ONLY))
                    .build();
        }
        if (!index.startRebuild()) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(ErrorResponse.of(null, "A re-indexing is already running."))
                    .build();
        }
        return Response.accepted(index.progress()).build();
    }
}
