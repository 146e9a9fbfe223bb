package org.opentreatment.directory.web.region;

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
 * Serves {@code /treatment}, {@code /treatment/{state}} and {@code /treatment/{state}/{city}} with
 * the region page, handing it the slugs; the page decides whether they name a place. A path of any
 * other shape is not found.
 */
@WebFilter(urlPatterns = {"/treatment", "/treatment/*"})
public class RegionPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String STATE = RegionPathFilter.class.getName() + ".state";
    static final String CITY = RegionPathFilter.class.getName() + ".city";

    /** Set on requests this filter forwards: the region pages are not reachable otherwise. */
    static final String FORWARDED = RegionPathFilter.class.getName();

    private static final Pattern PATH =
            Pattern.compile("/treatment(?:/([a-z0-9-]{1,60})(?:/([a-z0-9-]{1,80}))?)?/?");

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
        request.setAttribute(FORWARDED, Boolean.TRUE);
        request.setAttribute(STATE, matcher.group(1));
        request.setAttribute(CITY, matcher.group(2));
        request.getRequestDispatcher(matcher.group(1) == null ? "/regions.xhtml" : "/region.xhtml")
                .forward(request, response);
    }
}
