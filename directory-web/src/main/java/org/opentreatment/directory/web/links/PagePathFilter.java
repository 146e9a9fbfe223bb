package org.opentreatment.directory.web.links;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves readable page addresses ({@code /facility/12/name}, {@code /treatment/ohio}) with a Faces
 * view: an address of the subclass's shape is forwarded to its view, any other under the filter's
 * mapping is not found.
 */
public abstract class PagePathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The addresses served, matched against the path within the application. */
    protected abstract Pattern path();

    /** The view (and query) to forward a matched address to; may set request attributes. */
    protected abstract String view(HttpServletRequest request, Matcher matched);

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matcher =
                path().matcher(
                                request.getRequestURI()
                                        .substring(request.getContextPath().length()));
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view(request, matcher)).forward(request, response);
    }
}
