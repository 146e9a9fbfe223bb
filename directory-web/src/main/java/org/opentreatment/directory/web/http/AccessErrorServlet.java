package org.opentreatment.directory.web.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.opentreatment.directory.web.rest.ErrorResponse;

/**
 * The error page for 401 and 403 (web.xml), which the server answers itself, before any of our code
 * runs, when the operators' endpoints get no credentials, wrong ones or an account without the
 * role, and which {@link OperatorsFilter} asks for to refuse plain HTTP. Under {@code /api/} the
 * answer is JSON in the API's error shape; elsewhere it is the HTML page with the helplines. The
 * server keeps its status and its {@code WWW-Authenticate} header. (Not at {@code
 * /errors/operators-only}: Faces maps every page's extensionless path itself.)
 */
@WebServlet("/errors/access")
public class AccessErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Thread-safe; one per application, as creating one scans the class path. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failedUri == null || !(status instanceof Integer code)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (failedUri.toString().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            JSON.toJson(
                    new ErrorResponse(
                            List.of(new ErrorResponse.Error(null, message(code, request)))),
                    response.getWriter());
        } else {
            request.getRequestDispatcher("/errors/operators-only.xhtml").forward(request, response);
        }
    }

    private static String message(int status, HttpServletRequest request) {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            return "This address is for the directory's operators: sign in with HTTP Basic.";
        }
        return request.getAttribute(OperatorsFilter.REFUSAL) instanceof String reason
                ? reason
                : "This account may not use this address.";
    }
}
