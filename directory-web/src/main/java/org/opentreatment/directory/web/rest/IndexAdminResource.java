package org.opentreatment.directory.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    public IndexProgress progress() {
        return index.progress();
    }

    @POST
    public Response rebuild() {
        if (!index.startRebuild()) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(ErrorResponse.of(null, "A re-indexing is already running."))
                    .build();
        }
        return Response.accepted(index.progress()).build();
    }
}
