package org.opentreatment.directory.search;

import java.util.Locale;
import java.util.Optional;

/**
 * How results are ordered. Without one asked for, the order follows the search: nearest first when
 * it has a place, best match when it has only keywords, else by name. Every order ends with the
 * name and the id, so the same search always pages the same way.
 */
public enum SearchOrder {
    DISTANCE,
    NAME,
    RELEVANCE;

    /** The URL parameter's value: {@code sort=distance}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order this parameter value names, if any. */
    public static Optional<SearchOrder> ofParameter(String value) {
        for (SearchOrder order : values()) {
            if (order.parameter().equalsIgnoreCase(value.strip())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    /** The order used when none is asked for, or when the one asked for does not apply. */
    public static SearchOrder usual(boolean hasCenter, boolean hasKeywords) {
        return hasCenter ? DISTANCE : hasKeywords ? RELEVANCE : NAME;
    }
}
