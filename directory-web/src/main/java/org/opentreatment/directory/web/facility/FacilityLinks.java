package org.opentreatment.directory.web.facility;

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
}
