package org.opentreatment.directory.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentreatment.directory.availability.Availability;

/**
 * Every error the API answers is JSON in the shape of {@link ErrorResponse}; none shows a stack
 * trace.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    /** What a 415 says: only the operators' POST takes a body, and only JSON. */
    static final String JSON_ONLY = "This address takes JSON: send Content-Type: application/json.";

    private ErrorMappers() {}

    /** Unknown paths, wrong methods, unacceptable media types: the runtime's own 4xx answers. */
    @Provider
    public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String message =
                    switch (status) {
                        case 404 -> "There is nothing at this address.";
                        case 415 -> JSON_ONLY;
                        default ->
                                known != null
                                        ? known.getReasonPhrase()
                                        : "The request cannot be answered.";
                    };
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API request failed", e);
                message = "Something went wrong on our side. Please try again.";
            }
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(null, message))
                    .build();
        }
    }

    /**
     * An account without the role that a resource's {@code @RolesAllowed} asks for: 403, as the
     * server answers for web.xml's constraint, not a bug to log.
     */
    @Provider
    public static class AccessRefusals implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(null, "This account may not use this address."))
                    .build();
        }
    }

    /**
     * A request body the runtime could not read into what the resource takes (JSON that is broken
     * or of the wrong shape, for the operators' JSON POSTs): the client's mistake, 400, not a bug
     * to log with its stack trace.
     */
    @Provider
    public static class UnreadableBodies implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(
                            ErrorResponse.of(
                                    null,
                                    "The request's body could not be read: send JSON as this"
                                            + " address describes it."))
                    .build();
        }
    }

    /** Anything unexpected is a bug: logged for us, a plain message for the caller. */
    @Provider
    public static class UnexpectedErrors implements ExceptionMapper<Exception> {

        @Inject Availability availability;

        @Override
        public Response toResponse(Exception e) {
            if (availability.explains(e)) {
                LOG.warning(
                        "API request while the database or the search cluster is unavailable: "
                                + e.getMessage());
                return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Retry-After", "30")
                        .entity(
                                ErrorResponse.of(
                                        null,
                                        "The directory is temporarily unavailable. Please try again"
                                                + " in a minute."))
                        .build();
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return Response.serverError()
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(
                            ErrorResponse.of(
                                    null, "Something went wrong on our side. Please try again."))
                    .build();
        }
    }
}
