package org.opentreatment.directory.web.facility;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code /facility/{id}/{slug}} with the facility view, so facility pages have short,
 * shareable addresses without a query string. Anything else under /facility/ is not found.
 */
@WebFilter(urlPatterns = "/facility/*")
public class FacilityPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/facility/([0-9]{1,18})(/[a-z0-9-]*)?/?");

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/facility.xhtml?id=" + matcher.group(1))
                .forward(request, response);
    }
}
