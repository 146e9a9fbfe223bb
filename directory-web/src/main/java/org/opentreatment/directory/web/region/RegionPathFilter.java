package org.opentreatment.directory.web.region;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentreatment.directory.web.links.PagePathFilter;

/**
 * Serves {@code /treatment}, {@code /treatment/{state}} and {@code /treatment/{state}/{city}} with
 * the region page, handing it the slugs; the page decides whether they name a place. A path of any
 * other shape is not found.
 */
@WebFilter(urlPatterns = {"/treatment", "/treatment/*"})
public class RegionPathFilter extends PagePathFilter {

    private static final long serialVersionUID = 1L;

    static final String STATE = RegionPathFilter.class.getName() + ".state";
    static final String CITY = RegionPathFilter.class.getName() + ".city";

    /** Set on requests this filter forwards: the region pages are not reachable otherwise. */
    static final String FORWARDED = RegionPathFilter.class.getName();

    private static final Pattern PATH =
            Pattern.compile("/treatment(?:/([a-z0-9-]{1,60})(?:/([a-z0-9-]{1,80}))?)?/?");

    @Override
    protected Pattern path() {
        return PATH;
    }

    @Override
    protected String view(HttpServletRequest request, Matcher matched) {
        request.setAttribute(FORWARDED, Boolean.TRUE);
        request.setAttribute(STATE, matched.group(1));
        request.setAttribute(CITY, matched.group(2));
        return matched.group(1) == null ? "/regions.xhtml" : "/region.xhtml";
    }
}
