package org.opentreatment.directory.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.SamhsaCodes;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.GeoPoint;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.geo.PlaceLookup;
import org.opentreatment.directory.geo.UsState;

/**
 * The outcome of reading {@link SearchParameters}: either a query to run (with the place it is
 * centred on, if any), or every problem found, each naming its parameter. Never throws on input.
 */
public record SearchRequest(SearchQuery query, Place place, List<ParameterProblem> problems) {

    static final int MAX_KEYWORD_LENGTH = 200;
    static final int MAX_KEYWORDS = 12;

    public SearchRequest {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public Optional<Place> placeFound() {
        return Optional.ofNullable(place);
    }

    public static SearchRequest parse(SearchParameters p, Gazetteer gazetteer) {
        List<ParameterProblem> problems = new ArrayList<>();
        SearchQuery.Builder query = SearchQuery.builder();
        Place place = null;

        boolean hasNear = present(p.near());
        boolean hasLat = present(p.lat());
        boolean hasLon = present(p.lon());
        if (hasNear && (hasLat || hasLon)) {
            problems.add(
                    new ParameterProblem("near", "Give either near or lat and lon, not both."));
        } else if (hasNear) {
            PlaceLookup lookup = gazetteer.lookup(p.near());
            if (lookup instanceof PlaceLookup.Found found) {
                place = found.place();
                query.center(place.point());
            } else if (lookup instanceof PlaceLookup.NotFound notFound) {
                problems.add(new ParameterProblem("near", notFound.reason()));
            }
        } else if (hasLat || hasLon) {
            Double lat = coordinate(p.lat(), "lat", "latitude", 90, problems);
            Double lon = coordinate(p.lon(), "lon", "longitude", 180, problems);
            if (lat != null && lon != null) {
                query.center(new GeoPoint(lat, lon));
            }
        }

        integer(
                        p.radius(),
                        "radius",
                        SearchQuery.MIN_RADIUS_MILES,
                        SearchQuery.MAX_RADIUS_MILES,
                        "The radius is in miles, from %d to %d.",
                        problems)
                .ifPresent(query::radiusMiles);

        if (present(p.state())) {
            Optional<UsState> state = gazetteer.states().find(p.state().strip());
            if (state.isPresent()) {
                query.state(state.get().code());
            } else {
                problems.add(
                        new ParameterProblem(
                                "state",
                                "\""
                                        + shorten(p.state())
                                        + "\" is not a US state. Use its two-letter code, such as OH."));
            }
        }

        if (present(p.city())) {
            if (p.city().strip().length() > 100) {
                problems.add(
                        new ParameterProblem(
                                "city", "The city name is longer than 100 characters."));
            } else {
                query.city(p.city());
            }
        }

        if (present(p.dualDiagnosis())) {
            switch (p.dualDiagnosis().strip().toLowerCase(Locale.ROOT)) {
                case "true" -> query.dualDiagnosis(true);
                case "false" -> query.dualDiagnosis(false);
                default ->
                        problems.add(new ParameterProblem("dualDiagnosis", "Use true or false."));
            }
        }

        query.medications(medications(p.medication(), problems));

        if (present(p.q())) {
            String q = p.q().strip();
            if (q.length() > MAX_KEYWORD_LENGTH) {
                problems.add(
                        new ParameterProblem("q", "The keywords are longer than 200 characters."));
            } else if (q.split("\\s+").length > MAX_KEYWORDS) {
                problems.add(
                        new ParameterProblem(
                                "q",
                                "Use at most "
                                        + MAX_KEYWORDS
                                        + " words; the fewer, the more programs match."));
            } else {
                query.keywords(q);
            }
        }

        Optional<Integer> size =
                integer(
                        p.size(),
                        "size",
                        1,
                        SearchQuery.MAX_PAGE_SIZE,
                        "The page size is from %d to %d results.",
                        problems);
        size.ifPresent(query::size);
        Optional<Integer> page =
                integer(
                        p.page(),
                        "page",
                        0,
                        Integer.MAX_VALUE,
                        "Pages are numbered from %d.",
                        problems);
        page.ifPresent(query::page);
        if (page.isPresent()) {
            int pageSize = size.orElse(SearchQuery.DEFAULT_PAGE_SIZE);
            if ((long) page.get() * pageSize + pageSize > SearchQuery.MAX_RESULT_WINDOW) {
                problems.add(
                        new ParameterProblem(
                                "page",
                                String.format(
                                        Locale.US,
                                        "Only the first %,d results can be paged through; narrow the search instead.",
                                        SearchQuery.MAX_RESULT_WINDOW)));
            }
        }

        return new SearchRequest(problems.isEmpty() ? query.build() : null, place, problems);
    }

    private static Set<Medication> medications(
            List<String> values, List<ParameterProblem> problems) {
        Set<Medication> medications = EnumSet.noneOf(Medication.class);
        List<String> unknown = new ArrayList<>();
        values.stream()
                .filter(SearchRequest::present)
                .flatMap(v -> Stream.of(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .forEach(
                        v ->
                                SamhsaCodes.fromCode(Medication.class, v)
                                        .or(() -> byName(v))
                                        .ifPresentOrElse(
                                                medications::add, () -> unknown.add(shorten(v))));
        if (!unknown.isEmpty()) {
            String known =
                    Stream.of(Medication.values())
                            .map(m -> m.code() + " (" + m.label().toLowerCase(Locale.ROOT) + ")")
                            .collect(Collectors.joining(", "));
            problems.add(
                    new ParameterProblem(
                            "medication",
                            "Unknown medication "
                                    + String.join(", ", unknown)
                                    + ". Use "
                                    + known
                                    + "."));
        }
        return medications;
    }

    private static Optional<Medication> byName(String value) {
        return Stream.of(Medication.values())
                .filter(m -> m.name().equalsIgnoreCase(value))
                .findFirst();
    }

    private static Double coordinate(
            String value,
            String parameter,
            String what,
            int limit,
            List<ParameterProblem> problems) {
        if (!present(value)) {
            problems.add(
                    new ParameterProblem(parameter, "Give both lat and lon, or use near instead."));
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d) && d >= -limit && d <= limit) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        problems.add(
                new ParameterProblem(
                        parameter,
                        String.format(
                                Locale.US,
                                "The %s must be a number from -%d to %d.",
                                what,
                                limit,
                                limit)));
        return null;
    }

    private static Optional<Integer> integer(
            String value,
            String parameter,
            int min,
            int max,
            String rule,
            List<ParameterProblem> problems) {
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below, with the rule
        }
        problems.add(
                new ParameterProblem(
                        parameter,
                        "\""
                                + shorten(value)
                                + "\" is not allowed here. "
                                + String.format(Locale.US, rule, min, max)));
        return Optional.empty();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    // Echo what was typed, but never a whole novel.
    private static String shorten(String value) {
        String v = value.strip();
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
