package org.opentreatment.directory.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;

/**
 * The operators' endpoints, and those of facility and site admins under {@value #MANAGE_PATH} (both
 * HTTP Basic), once the server has accepted the credentials: a locked account or address is refused
 * even with the right password (429), then plain HTTP is refused unless {@link
 * Settings#OPERATORS_ALLOW_HTTP} allows it for local use (403). The lock comes first: were HTTP
 * refused first, a locked account's right password over HTTP would answer otherwise than a wrong
 * one, and tell a guesser it was right. Both answers are the error page's ({@link
 * AccessErrorServlet}), like the server's own 401 and 403, so they look the same whichever way they
 * came.
 */
@WebFilter(urlPatterns = {OperatorsFilter.PATH + "*", OperatorsFilter.MANAGE_PATH + "*"})
public class OperatorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Where the operators' endpoints live (web.xml protects the same pattern). */
    static final String PATH = "/api/v1/admin/";

    /** Where facility admins' and site admins' endpoints live (their listings, with HTTP Basic). */
    static final String MANAGE_PATH = "/api/v1/manage/";

    /** Who may use those (web.xml protects the same pattern for the same roles). */
    static final java.util.List<String> MANAGE_ROLES =
            java.util.List.of("site-admin", "facility-admin");

    /** The role of the operators' endpoints (web.xml; the groups of SITE_ADMIN and OPERATOR). */
    static final String OPERATOR_ROLE = "operator";

    /** A request attribute: the reason the error page gives for a 403 of ours. */
    static final String REFUSAL = OperatorsFilter.class.getName() + ".refusal";

    static final String HTTPS_ONLY =
            "The operators' endpoints answer over HTTPS only: use https:// (behind a proxy that"
                    + " terminates TLS, the server must be told so: see docs/operations.md, TLS).";

    @Inject transient SignInLockout lockout;

    @Inject
    @ConfigProperty(name = Settings.OPERATORS_ALLOW_HTTP, defaultValue = "false")
    boolean allowHttp;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (lockout.lockedFor(
                        BasicCredentials.account(request.getHeader("Authorization")).orElse(null),
                        request.getRemoteAddr())
                .isPresent()) {
            response.sendError(AccessErrorServlet.SC_TOO_MANY_REQUESTS);
            return;
        }
        // Secure when the connection is TLS, or when a trusted proxy said so (WildFly's
        // proxy-address-forwarding): never from a client's own X-Forwarded-Proto otherwise.
        if (!request.isSecure() && !allowHttp) {
            request.setAttribute(REFUSAL, HTTPS_ONLY);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // web.xml's constraint asks the same; this answers before any operators' EJB is called
        // whatever the server makes of the constraint, so an account without the role never
        // reaches one (whose refusal the server would log as an error, with a stack trace)
        boolean manage = request.getRequestURI().startsWith(request.getContextPath() + MANAGE_PATH);
        if (manage
                ? MANAGE_ROLES.stream().noneMatch(request::isUserInRole)
                : !request.isUserInRole(OPERATOR_ROLE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
