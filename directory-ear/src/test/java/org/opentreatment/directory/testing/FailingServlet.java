package org.opentreatment.directory.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test only, added to the application by {@link Deployments#applicationWithFailures()}: answers the
 * way a failure does, so that the error pages' answers can be checked without breaking the
 * application. {@code /test-failure/unavailable} answers 503 as a page does when the database is
 * down (sendError, then the error page); anything else throws, as a bug would (the server resets
 * the response and shows the error page with 500).
 */
@WebServlet("/test-failure/*")
public class FailingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if ("/unavailable".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        throw new IllegalStateException("A failure for the tests of the error page");
    }
}
