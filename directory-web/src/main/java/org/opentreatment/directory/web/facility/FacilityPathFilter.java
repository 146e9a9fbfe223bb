package org.opentreatment.directory.web.facility;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentreatment.directory.web.links.PagePathFilter;

/**
 * Serves {@code /facility/{id}/{slug}} with the facility view, so facility pages have short,
 * shareable addresses without a query string. Anything else under /facility/ is not found.
 */
@WebFilter(urlPatterns = "/facility/*")
public class FacilityPathFilter extends PagePathFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/facility/([0-9]{1,18})(/[a-z0-9-]*)?/?");

    @Override
    protected Pattern path() {
        return PATH;
    }

    @Override
    protected String view(HttpServletRequest request, Matcher matched) {
        return "/facility.xhtml?id=" + matched.group(1);
    }
}
