package org.opentreatment.directory.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.geo.GeoPoint;

/**
 * What a person asked for. Every criterion is optional; those given combine with AND, and the
 * medications within their group with OR ("buprenorphine or methadone").
 *
 * @param center the point to measure distances from, or null for no location
 * @param radiusMiles how far from {@code center} to look; ignored without a center
 * @param state a USPS code, or null
 * @param city a city name (any spelling the place lookup accepts), or null
 * @param dualDiagnosis true to keep only facilities that treat co-occurring mental illness
 * @param medications any of these medications for opioid use disorder; empty for no filter
 * @param keywords words as people type them ("suboxone rehab"), or null
 */
public record SearchQuery(
        GeoPoint center,
        @Min(MIN_RADIUS_MILES) @Max(MAX_RADIUS_MILES) int radiusMiles,
        @Pattern(regexp = "[A-Z]{2}") String state,
        @Size(max = 100) String city,
        boolean dualDiagnosis,
        @NotNull Set<Medication> medications,
        @Size(max = 200) String keywords,
        @Min(0) int page,
        @Min(1) @Max(MAX_PAGE_SIZE) int size) {

    public static final int DEFAULT_RADIUS_MILES = 25;
    public static final int MIN_RADIUS_MILES = 1;
    public static final int MAX_RADIUS_MILES = 500;
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** Deep pages cost memory in the index; nobody reads past this many results. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        medications = medications == null ? Set.of() : Set.copyOf(medications);
        keywords = keywords == null || keywords.isBlank() ? null : keywords.strip();
        city = city == null || city.isBlank() ? null : city.strip();
        state = state == null || state.isBlank() ? null : state.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean hasCenter() {
        return center != null;
    }

    public int offset() {
        return page * size;
    }

    /** Whether the page lies inside the window of results that can be fetched. */
    public boolean withinResultWindow() {
        return (long) page * size + size <= MAX_RESULT_WINDOW;
    }

    /** Collects criteria one at a time, for callers that parse them from several sources. */
    public static final class Builder {
        private GeoPoint center;
        private int radiusMiles = DEFAULT_RADIUS_MILES;
        private String state;
        private String city;
        private boolean dualDiagnosis;
        private Set<Medication> medications = Set.of();
        private String keywords;
        private int page;
        private int size = DEFAULT_PAGE_SIZE;

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
            this.dualDiagnosis = dualDiagnosis;
            return this;
        }

        public Builder medications(Set<Medication> medications) {
            this.medications = medications;
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
                    dualDiagnosis,
                    medications,
                    keywords,
                    page,
                    size);
        }
    }
}
