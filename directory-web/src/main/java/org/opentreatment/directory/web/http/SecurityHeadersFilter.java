package org.opentreatment.directory.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * Privacy and security headers on every response, pages, API and error pages alike. A search
 * address says what someone is looking for ({@code ?near=43215&medication=BU}), and a search for
 * treatment is health information: it must not leave the site in a Referer header, and no browser
 * or proxy may keep a copy of the answer.
 *
 * <p>On Payara this filter is the only source of these headers. On WildFly the server sets them too
 * (configure-directory.cli says which of the two owns which header), also on the answers that never
 * reach the application, and each header still goes out once.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> HEADERS =
            Map.of(
                    "Referrer-Policy", "same-origin",
                    "X-Content-Type-Options", "nosniff",
                    "X-Frame-Options", "DENY",
                    "Permissions-Policy", "geolocation=(self), camera=(), microphone=()");

    /** One year, sub-domains included: the value Payara's own TLS listener sends (hsts-enabled). */
    private static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    /** Faces serves the static resources (CSS, JavaScript, fonts) here, cacheable. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean resource = setHeaders(request, response);
        chain.doFilter(new ValidNonce(request), new OnePolicy(response));
        // Faces makes the static resources it finds cacheable; one it does not find is not.
        if (resource && response.getStatus() >= 400 && !response.isCommitted()) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * Sets the headers of every response; whether the request is for a static resource (which Faces
     * makes cacheable). For the answers another filter gives before this one runs (a CORS
     * preflight).
     */
    static boolean setHeaders(HttpServletRequest request, HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
        // Only over TLS (or behind a TLS proxy the server trusts): browsers ignore it over HTTP.
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.WITHOUT_NONCE);
        boolean resource =
                request.getDispatcherType() == DispatcherType.REQUEST
                        && request.getRequestURI().startsWith(request.getContextPath() + RESOURCES);
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        }
        return resource;
    }

    /**
     * A page posted back brings its nonce along, which PrimeFaces uses again (so that scripts added
     * to the page later still run); a postback without one, or with something else in its place (a
     * form sent without JavaScript, a hand-made request), would fail with a 500. Such a request
     * gets a fresh nonce from the server instead.
     */
    private static final class ValidNonce extends HttpServletRequestWrapper {

        private String fresh;

        ValidNonce(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            return ContentSecurityPolicy.NONCE_PARAMETER.equals(name)
                            && !ContentSecurityPolicy.isNonce(value)
                    ? fresh()
                    : value;
        }

        @Override
        public String[] getParameterValues(String name) {
            return ContentSecurityPolicy.NONCE_PARAMETER.equals(name)
                    ? new String[] {getParameter(name)}
                    : super.getParameterValues(name);
        }

        private String fresh() {
            if (fresh == null) {
                fresh = ContentSecurityPolicy.newNonce();
            }
            return fresh;
        }
    }

    /**
     * Turns the policy PrimeFaces adds to a page (its scripts' nonce) into the directory's whole
     * policy with that nonce, in place of the one set above.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(
                    name,
                    ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) && value != null
                            ? ContentSecurityPolicy.withNonceOf(value)
                            : value);
        }
    }
}
