package org.opentreatment.directory.web.http;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opentreatment.directory.web.rest.ErrorResponse;

/**
 * The error page for 401, 403 and 429 (web.xml): the sign-in mechanism's 401 when the operators'
 * endpoints get no credentials or wrong ones, the container's 403 for an account without the role,
 * and what {@link OperatorsFilter} asks for. Under {@code /api/} the answer is JSON in the API's
 * error shape; elsewhere it is an HTML page with the helplines. The server keeps its status and its
 * {@code WWW-Authenticate} header, except while the request's account or address is locked ({@link
 * SignInLockout}): then every answer is the same 429, whether the password was right or not (the
 * mechanism counted the failure). (Not at {@code /errors/operators-only}: Faces maps every page's
 * extensionless path itself.)
 */
@WebServlet("/errors/access")
public class AccessErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final int SC_TOO_MANY_REQUESTS = 429;

    /** The server's own HTTP Basic challenge, for web.xml's realm-name. */
    private static final String CHALLENGE = "Basic realm=\"Treatment directory operations\"";

    /** Thread-safe; one per application, as creating one scans the class path. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject transient SignInLockout lockout;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failedUri == null || !(status instanceof Integer code)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String context = request.getContextPath();
        if (!failedUri.toString().startsWith(context + "/api/")) {
            request.getRequestDispatcher(
                            code == SC_TOO_MANY_REQUESTS
                                    ? "/errors/server-error.xhtml"
                                    : "/errors/operators-only.xhtml")
                    .forward(request, response);
            return;
        }
        if (failedUri.toString().startsWith(context + OperatorsFilter.PATH)
                || failedUri.toString().startsWith(context + OperatorsFilter.MANAGE_PATH)) {
            // Locked before this request (the mechanism did not check its password), or by the
            // operators' filter: not the failure that locks, which still answers 401
            Optional<Duration> locked =
                    request.getAttribute(SignInLockout.LOCKED) instanceof Duration wait
                            ? Optional.of(wait)
                            : code == SC_TOO_MANY_REQUESTS
                                    ? lockout.lockedFor(
                                            BasicCredentials.account(
                                                            request.getHeader("Authorization"))
                                                    .orElse(null),
                                            request.getRemoteAddr())
                                    : Optional.empty();
            if (locked.isPresent() || code == SC_TOO_MANY_REQUESTS) {
                tooManyFailures(response, locked.orElse(Duration.ZERO));
                return;
            }
        }
        json(response, message(code, request));
    }

    private static void tooManyFailures(HttpServletResponse response, Duration wait)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(SC_TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", String.valueOf(seconds));
        // The server's 401 comes with a challenge, the filter's 429 without: both get this one, so
        // that they look the same. (Not removed: Payara ignores setHeader with null.)
        response.setHeader("WWW-Authenticate", CHALLENGE);
        json(
                response,
                "Too many failed sign-ins for this account or from this address: try again in "
                        + (seconds < 120
                                ? seconds + " seconds."
                                : (seconds + 59) / 60 + " minutes."));
    }

    private static void json(HttpServletResponse response, String message) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.toJson(
                new ErrorResponse(List.of(new ErrorResponse.Error(null, message))),
                response.getWriter());
    }

    private static String message(int status, HttpServletRequest request) {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            return "This address is for the directory's operators: sign in with HTTP Basic, with"
                    + " the e-mail address and password of a site admin's or operator's account.";
        }
        if (status == SC_TOO_MANY_REQUESTS) {
            return "Too many requests: please try again in a minute.";
        }
        return request.getAttribute(OperatorsFilter.REFUSAL) instanceof String reason
                ? reason
                : "This account may not use this address.";
    }
}
