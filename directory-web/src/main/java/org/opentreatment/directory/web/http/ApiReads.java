package org.opentreatment.directory.web.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are reads of the public API: GET and HEAD under {@code /api/} ({@code /api/v1},
 * {@code /api/hsds} and whatever public version comes next), never the signed-in ones: the
 * operators' {@code /api/v1/admin} and the facility admins' {@code /api/v1/manage}. One decision
 * for the filters that treat such reads alike (entity tags, CORS), so that a new public API gets
 * both and the operators' endpoints neither.
 */
final class ApiReads {

    static final String API = "/api/";
    static final String ADMIN = "/api/v1/admin";
    static final String MANAGE = "/api/v1/manage";

    private ApiReads() {}

    /** Whether the address is a public API's, whatever the method. */
    static boolean isPublicApi(HttpServletRequest request) {
        // The servlet path and path info as the container decoded and normalised them, so that
        // "/api/v1//admin" or "/api/v1/%61dmin" are seen as the admin addresses they reach.
        // Repeated slashes collapsed, as the JAX-RS runtime matches them.
        String path =
                (request.getServletPath()
                                + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                        .replaceAll("/{2,}", "/");
        return path.startsWith(API) && !under(path, ADMIN) && !under(path, MANAGE);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Whether the request reads a public API's resource: GET or HEAD on its address. */
    static boolean isRead(HttpServletRequest request) {
        return isReadMethod(request.getMethod()) && isPublicApi(request);
    }

    static boolean isReadMethod(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
