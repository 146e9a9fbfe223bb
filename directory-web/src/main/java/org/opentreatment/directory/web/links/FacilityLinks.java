package org.opentreatment.directory.web.links;

import java.net.URI;

/**
 * The stable address of a facility page: {@code /facility/{id}/{slug}}. The id finds the listing;
 * the slug only makes the link readable, so an old slug still reaches the page.
 */
public final class FacilityLinks {

    public static final String PREFIX = "/facility/";

    private FacilityLinks() {}

    public static String path(long id, String slug) {
        return PREFIX + id + (slug == null || slug.isBlank() ? "" : "/" + slug);
    }

    /**
     * The page's absolute URL under the configured public base URL of the site (behind a proxy, the
     * address people use); never under a request's own address, which its Host header decides.
     */
    public static String absolute(String base, long id, String slug) {
        return URI.create(base.endsWith("/") ? base : base + "/")
                .resolve(path(id, slug).substring(1))
                .toString();
    }
}
