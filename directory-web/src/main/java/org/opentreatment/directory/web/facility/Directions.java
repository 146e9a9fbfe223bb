package org.opentreatment.directory.web.facility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Directions to a facility: an ordinary link to OpenStreetMap's route planner with the facility as
 * the destination and no start, so the person chooses whether to follow it and where to start from.
 * It carries the facility's coordinates and nothing about the person (the site's Referrer-Policy
 * keeps the page's own address, and so any search in it, out of the request too).
 */
public final class Directions {

    /** The route planner; {@code %3B} is the ";" between an empty start and the destination. */
    static final String ROUTE_PLANNER = "https://www.openstreetmap.org/directions?route=%3B";

    private Directions() {}

    public static String to(double latitude, double longitude) {
        return ROUTE_PLANNER + degrees(latitude) + "%2C" + degrees(longitude);
    }

    // A millionth of a degree is about 10 cm: more says nothing more.
    private static String degrees(double value) {
        return BigDecimal.valueOf(value)
                .setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
