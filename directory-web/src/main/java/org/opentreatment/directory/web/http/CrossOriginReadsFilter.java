package org.opentreatment.directory.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for reads of the public API: any site's scripts may GET (or HEAD) {@code /api/v1} and {@code
 * /api/hsds}, and read the answer, errors and 429s included, but never with the visitor's
 * credentials ({@code Access-Control-Allow-Origin: *}, which browsers refuse to combine with
 * cookies or HTTP Basic). The API's answers are public data and set no cookie, so nothing is shared
 * that the other site could not fetch itself. Preflights for GET and HEAD (a script that sends
 * {@code If-None-Match} needs one) are answered here. The operators' {@code /api/v1/admin} and the
 * pages get no CORS header at all: another site's scripts cannot read them.
 *
 * <p>Declared in web.xml, before the filters declared by annotations, so that a 429 from {@link
 * RateLimitFilter} carries the header too and a preflight is answered before it is counted.
 */
public class CrossOriginReadsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The headers a script may read besides the CORS-safelisted ones. */
    static final String EXPOSED = "ETag, Link, Content-Location, Retry-After";

    /** The request headers a script may send: content negotiation and revalidation. */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match";

    /** How long a browser may keep a preflight's answer (Chromium keeps at most two hours). */
    static final String MAX_AGE_SECONDS = "7200";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ApiReads.isPublicApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (isPreflight(request)) {
            SecurityHeadersFilter.setHeaders(request, response);
            if (ApiReads.isReadMethod(request.getHeader("Access-Control-Request-Method"))) {
                response.setHeader("Access-Control-Allow-Origin", "*");
                response.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
            }
            // Without the allowing headers the browser refuses the request it asked about.
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (ApiReads.isReadMethod(request.getMethod())) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        chain.doFilter(request, response);
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod())
                && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }
}
