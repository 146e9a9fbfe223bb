package org.opentreatment.directory.search;

import static org.opentreatment.directory.search.SearchLimits.MAX_CITY_LENGTH;
import static org.opentreatment.directory.search.SearchLimits.MAX_KEYWORD_LENGTH;
import static org.opentreatment.directory.search.SearchLimits.MAX_PAGE_SIZE;
import static org.opentreatment.directory.search.SearchLimits.MAX_RADIUS_MILES;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.geo.GeoPoint;

/**
 * What a person asked for, checked and typed. Every criterion is optional; those given combine with
 * AND, and the values within one filter group with OR ("buprenorphine or methadone").
 *
 * @param center the point to measure distances from, or null for no location
 * @param radiusMiles how far from {@code center} to look, or {@link #WHOLE_STATE} for no limit
 *     (with a state given); ignored without a center
 * @param state a USPS code, or null
 * @param city a city name (any spelling the place lookup accepts), or null
 * @param flags the yes-or-no filters a facility must meet, such as dual diagnosis
 * @param filters for each filter group given, the values of which a facility must offer one
 * @param keywords words as people type them ("suboxone rehab"), or null
 * @param order how to order the results, or null for the usual order ({@link SearchOrder#usual})
 * @param facets whether to count, for every filter value, the results choosing it would give
 */
public record SearchQuery(
        GeoPoint center,
        @Min(WHOLE_STATE) @Max(MAX_RADIUS_MILES) int radiusMiles,
        @Pattern(regexp = "[A-Z]{2}") String state,
        @Size(max = MAX_CITY_LENGTH) String city,
        @NotNull Set<FilterFlag> flags,
        @NotNull Map<FilterGroup, Set<SamhsaCoded>> filters,
        @Size(max = MAX_KEYWORD_LENGTH) String keywords,
        SearchOrder order,
        boolean facets,
        @Min(0) int page,
        @Min(1) @Max(MAX_PAGE_SIZE) int size) {

    public SearchQuery {
        EnumMap<FilterGroup, Set<SamhsaCoded>> given = new EnumMap<>(FilterGroup.class);
        if (filters != null) {
            filters.forEach(
                    (group, values) -> {
                        if (!values.isEmpty()) {
                            given.put(group, Set.copyOf(values));
                        }
                    });
        }
        filters = Collections.unmodifiableMap(given);
        flags =
                flags == null || flags.isEmpty()
                        ? Set.of()
                        : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        keywords = blankToNull(keywords);
        city = blankToNull(city);
        state = blankToNull(state);
        if (order == null
                || order == SearchOrder.DISTANCE && center == null
                || order == SearchOrder.RELEVANCE && keywords == null) {
            order = SearchOrder.usual(center != null, keywords != null);
        }
    }

    /** The radius of a search that keeps to a state instead of a distance. */
    public static final int WHOLE_STATE = 0;

    public static Builder builder() {
        return new Builder();
    }

    public boolean hasCenter() {
        return center != null;
    }

    /** The same search, with the facet counts. */
    public SearchQuery withFacets() {
        return toBuilder().facets(true).build();
    }

    /** Whether results are kept within {@code radiusMiles} of the center. */
    public boolean hasRadius() {
        return center != null && radiusMiles != WHOLE_STATE;
    }

    public boolean has(FilterFlag flag) {
        return flags.contains(flag);
    }

    /** Whether results are kept to those with dual diagnosis care. */
    public boolean dualDiagnosis() {
        return has(FilterFlag.DUAL_DIAGNOSIS);
    }

    public int offset() {
        return page * size;
    }

    /** Whether the page lies inside the window of results that can be fetched. */
    public boolean withinResultWindow() {
        return (long) page * size + size <= SearchLimits.MAX_RESULT_WINDOW;
    }

    /** The same criteria and page with other keywords (a correction, or the words widened). */
    public SearchQuery withKeywords(String otherKeywords) {
        return toBuilder().keywords(otherKeywords).build();
    }

    /**
     * The same criteria, first result only and no counts: enough to tell whether they find
     * anything.
     */
    public SearchQuery firstResultOnly() {
        return toBuilder().facets(false).page(0).size(1).build();
    }

    /** A builder holding this search, to change part of it. */
    private Builder toBuilder() {
        Builder builder =
                builder()
                        .center(center)
                        .radiusMiles(radiusMiles)
                        .state(state)
                        .city(city)
                        .keywords(keywords)
                        .order(order)
                        .facets(facets)
                        .page(page)
                        .size(size);
        flags.forEach(flag -> builder.flag(flag, true));
        filters.forEach(builder::filter);
        return builder;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Collects criteria one at a time, for callers that read them from several places. */
    public static final class Builder {
        private GeoPoint center;
        private int radiusMiles = SearchLimits.DEFAULT_RADIUS_MILES;
        private String state;
        private String city;
        private final Set<FilterFlag> flags = EnumSet.noneOf(FilterFlag.class);
        private final Map<FilterGroup, Set<SamhsaCoded>> filters = new EnumMap<>(FilterGroup.class);
        private String keywords;
        private SearchOrder order;
        private boolean facets;
        private int page;
        private int size = SearchLimits.DEFAULT_PAGE_SIZE;

        public Builder center(GeoPoint center) {
            this.center = center;
            return this;
        }

        public Builder radiusMiles(int radiusMiles) {
            this.radiusMiles = radiusMiles;
            return this;
        }

        public Builder state(String state) {
            this.state = state;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder dualDiagnosis(boolean dualDiagnosis) {
            return flag(FilterFlag.DUAL_DIAGNOSIS, dualDiagnosis);
        }

        /** Keeps only facilities that meet the flag, or stops doing so. */
        public Builder flag(FilterFlag flag, boolean on) {
            if (on) {
                flags.add(flag);
            } else {
                flags.remove(flag);
            }
            return this;
        }

        public Builder order(SearchOrder order) {
            this.order = order;
            return this;
        }

        public Builder facets(boolean facets) {
            this.facets = facets;
            return this;
        }

        /** Keeps facilities that offer any of these values of the group. */
        public Builder filter(FilterGroup group, Collection<? extends SamhsaCoded> values) {
            filters.put(group, Set.copyOf(values));
            return this;
        }

        public Builder keywords(String keywords) {
            this.keywords = keywords;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(
                    center,
                    radiusMiles,
                    state,
                    city,
                    flags,
                    filters,
                    keywords,
                    order,
                    facets,
                    page,
                    size);
        }
    }
}
