package org.opentreatment.directory.web.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.opentreatment.directory.web.rest.ErrorResponse;

/**
 * Refuses requests whose {@code Accept} or {@code Content-Type} header is not a media type list, or
 * whose {@code Authorization} header is a malformed HTTP Basic credential, with a 400 that says so:
 * the Faces and JAX-RS runtimes and the server's authentication would otherwise fail on them with a
 * 500 (Faces, WildFly's Basic) or a 400 and a stack trace in the log (RESTEasy), a cheap way to
 * flood the log. Pages get the "bad request" page with the helplines, the API its JSON error; one
 * log line each. Conditional dates that are not HTTP dates ({@code If-Modified-Since} and the like)
 * are ignored, as HTTP says, rather than passed on to a parser that fails on them.
 *
 * <p>On WildFly the server's Basic authentication reads the header before any filter of the
 * application, and fails on a credential that is not base 64; so a server-level filter
 * (configure-directory.cli) turns such a header into {@code Authorization: malformed}, a scheme the
 * server ignores: a protected address then answers 401, any other this filter's 400.
 *
 * <p>Pages answer GET, HEAD and POST only (405 for the rest, as the API does for its own).
 *
 * <p>It also runs on forwards, since {@code /facility/{id}} is forwarded to its page by another
 * filter that may come first.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class RequestHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(RequestHeadersFilter.class.getName());

    /** Thread-safe; one per application, as creating one scans the class path. */
    private static final Jsonb JSON = JsonbBuilder.create();

    static final String BAD_REQUEST_PAGE = "/errors/bad-request.xhtml";

    /** What pages answer; anything else is 405. */
    static final List<String> PAGE_METHODS = List.of("GET", "HEAD", "POST");

    private static final Set<String> DATE_HEADERS =
            Set.of("if-modified-since", "if-unmodified-since");

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof ForErrorPage) {
            chain.doFilter(request, response); // this filter's own forward to the error page
            return;
        }
        if (!isApi(request) && !PAGE_METHODS.contains(request.getMethod())) {
            // Faces would render a page for PUT or DELETE as for GET; the API answers its own 405.
            response.setHeader("Allow", String.join(", ", PAGE_METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String problem = problem(request);
        if (problem == null) {
            chain.doFilter(withoutUnreadableDates(request), response);
            return;
        }
        LOG.info(() -> "Refused a request with a malformed header: " + problem);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (isApi(request)) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            JSON.toJson(
                    new ErrorResponse(
                            List.of(
                                    new ErrorResponse.Error(
                                            null, "The " + problem + " header cannot be read."))),
                    response.getWriter());
            return;
        }
        request.getRequestDispatcher(BAD_REQUEST_PAGE).forward(new ForErrorPage(request), response);
    }

    /** The name of the first malformed header, or null when none is. */
    static String problem(HttpServletRequest request) {
        for (String accept : Collections.list(request.getHeaders("Accept"))) {
            if (!HeaderSyntax.isAccept(accept)) {
                return "Accept";
            }
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !HeaderSyntax.isAuthorization(authorization)) {
            return "Authorization";
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !HeaderSyntax.isContentType(contentType)) {
            return "Content-Type";
        }
        return null;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpServletRequest withoutUnreadableDates(HttpServletRequest request) {
        for (String header : DATE_HEADERS) {
            String value = request.getHeader(header);
            if (value != null && !HeaderSyntax.isDate(value)) {
                return new WithoutHeaders(request, DATE_HEADERS);
            }
        }
        return request;
    }

    /** The request with some headers left out. */
    private static class WithoutHeaders extends HttpServletRequestWrapper {

        private final Set<String> leftOut;

        WithoutHeaders(HttpServletRequest request, Set<String> leftOut) {
            super(request);
            this.leftOut = leftOut;
        }

        @Override
        public String getHeader(String name) {
            return leftOut.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return leftOut.contains(name.toLowerCase(Locale.ROOT))
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return leftOut.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
        }
    }

    /**
     * What the error page is rendered from: an HTML request without the unreadable headers, and
     * without parameters or a body, which the server would try to decode by the refused
     * Content-Type.
     */
    private static final class ForErrorPage extends WithoutHeaders {

        ForErrorPage(HttpServletRequest request) {
            super(request, Set.of("authorization", "content-type"));
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? "text/html" : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of("text/html"))
                    : super.getHeaders(name);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
