package org.opentreatment.directory.web.hsds;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opentreatment.directory.web.rest.ErrorResponse;

/**
 * A request this API cannot answer as asked (a bad page, an unknown id): a 4xx in the JSON shape of
 * every error of the API ({@link ErrorResponse}), naming the parameter. Expected, so not logged.
 */
class HsdsProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.Status status;
    private final String parameter;

    HsdsProblem(Response.Status status, String parameter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    static HsdsProblem badRequest(String parameter, String message) {
        return new HsdsProblem(Response.Status.BAD_REQUEST, parameter, message);
    }

    static HsdsProblem notFound(String what) {
        return new HsdsProblem(Response.Status.NOT_FOUND, "id", "No " + what + " has this id.");
    }

    @Provider
    public static class Mapper implements ExceptionMapper<HsdsProblem> {
        @Override
        public Response toResponse(HsdsProblem e) {
            return Response.status(e.status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(e.parameter, e.getMessage()))
                    .build();
        }
    }
}
