package org.opentreatment.directory.web.search;

import static org.opentreatment.directory.search.SearchLimits.MAX_CITY_LENGTH;
import static org.opentreatment.directory.search.SearchLimits.MAX_FILTER_VALUES;
import static org.opentreatment.directory.search.SearchLimits.MAX_KEYWORDS;
import static org.opentreatment.directory.search.SearchLimits.MAX_KEYWORD_LENGTH;
import static org.opentreatment.directory.search.SearchLimits.MAX_PAGE_SIZE;
import static org.opentreatment.directory.search.SearchLimits.MAX_RADIUS_MILES;
import static org.opentreatment.directory.search.SearchLimits.MAX_RESULT_WINDOW;
import static org.opentreatment.directory.search.SearchLimits.MIN_RADIUS_MILES;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.GeoPoint;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.geo.PlaceLookup;
import org.opentreatment.directory.geo.UsState;
import org.opentreatment.directory.search.FilterFlag;
import org.opentreatment.directory.search.FilterGroup;
import org.opentreatment.directory.search.SearchLimits;
import org.opentreatment.directory.search.SearchOrder;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.shared.Text;

/**
 * A public search as URL parameters: the one contract of the search page and the API. Both read it
 * from the request ({@link #of}), check it the same way ({@link #check}), and the page writes it
 * back as links ({@link #toQueryString}), so one URL gets the same results, or the same parameters
 * named as wrong, from either. The simple rules are Bean Validation constraints on the raw text,
 * with their limits from {@link SearchLimits}; place and state names, filter codes and the rules
 * that tie parameters together are checked in {@link #check}.
 *
 * <p>Unknown parameters are ignored (links carry tracking parameters, and the API may grow); filter
 * groups take several values, repeated or comma-separated; any other parameter given twice is a
 * problem, since either value could be meant.
 */
public final class SearchParameters implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String NEAR = "near";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    public static final String RADIUS = "radius";
    public static final String STATE = "state";
    public static final String CITY = "city";
    public static final String DUAL_DIAGNOSIS = FilterFlag.DUAL_DIAGNOSIS.parameter();
    public static final String KEYWORDS = "q";
    public static final String SORT = "sort";
    public static final String FACETS = "facets";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** The page's language ({@code lang=es}): not part of the search, but kept in its links. */
    public static final String LANGUAGE = "lang";

    /** The {@code radius} that searches the whole state of the place instead of a distance. */
    public static final String WHOLE_STATE = "state";

    // What is said about each problem, by its key in shared/texts.properties. A rule's text
    // starts with the value given; RULE_ARGUMENTS holds the limits it names after that.
    static final String RADIUS_RULE = "rule.radius";
    static final String LAT_RULE = "rule.lat";
    static final String LON_RULE = "rule.lon";
    static final String CITY_RULE = "rule.city";
    static final String TRUE_OR_FALSE = "rule.trueOrFalse";
    static final String SORT_RULE = "rule.sort";
    static final String KEYWORDS_TOO_LONG = "rule.keywordsTooLong";
    static final String TOO_MANY_KEYWORDS = "rule.tooManyKeywords";
    static final String PAGE_RULE = "rule.page";
    static final String SIZE_RULE = "rule.size";
    static final String GIVEN_TWICE = "search.once";
    static final String NOTHING_ASKED = "search.nothingAsked";
    static final String NEAR_AND_POSITION = "search.nearAndPosition";
    static final String LAT_AND_LON = "search.latAndLon";
    static final String WHOLE_STATE_NEEDS_PLACE = "search.wholeStateNeedsPlace";
    static final String UNKNOWN_STATE = "search.unknownState";
    static final String TOO_MANY_VALUES = "search.tooManyValues";
    static final String UNKNOWN_VALUES = "search.unknownValues";
    static final String RESULT_WINDOW = "search.resultWindow";
    static final String KEYWORDS_NOT_SEARCHABLE = "search.keywordsNotSearchable";

    private static final Map<String, List<Object>> RULE_ARGUMENTS =
            Map.of(
                    RADIUS_RULE, List.of(MIN_RADIUS_MILES, MAX_RADIUS_MILES, WHOLE_STATE),
                    CITY_RULE, List.of(MAX_CITY_LENGTH),
                    KEYWORDS_TOO_LONG, List.of(MAX_KEYWORD_LENGTH),
                    TOO_MANY_KEYWORDS, List.of(MAX_KEYWORDS),
                    SIZE_RULE, List.of(MAX_PAGE_SIZE));

    private static final String WHOLE_NUMBER = "[0-9]{1,9}";
    private static final int ECHO_LENGTH = 40;
    private static final int ECHOED_VALUES = 5;

    /** Every parameter, in the order links write them. */
    private static final List<String> NAMES =
            Stream.of(
                            Stream.of(NEAR, LAT, LON, RADIUS, STATE, CITY),
                            Stream.of(FilterFlag.values()).map(FilterFlag::parameter),
                            Stream.of(FilterGroup.values()).map(FilterGroup::parameter),
                            Stream.of(KEYWORDS, SORT, FACETS, PAGE, SIZE, LANGUAGE))
                    .flatMap(s -> s)
                    .toList();

    /**
     * What was given of each known parameter: stripped, blanks left out, in {@link #NAMES} order.
     */
    private final Map<String, List<String>> given;

    private SearchParameters(Map<String, List<String>> given) {
        this.given = given;
    }

    /**
     * The search a request asks for, from its parameters as JAX-RS ({@code
     * UriInfo.getQueryParameters()}) or Faces (values as arrays, see {@link #ofArrays}) hand them
     * over.
     */
    public static SearchParameters of(Map<String, ? extends List<String>> parameters) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<String> values = parameters.get(name);
            if (values == null) {
                continue;
            }
            List<String> present =
                    values.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(String::strip)
                            .toList();
            if (!present.isEmpty()) {
                given.put(name, present);
            }
        }
        return new SearchParameters(Collections.unmodifiableMap(given));
    }

    /** The same from a servlet-style map of value arrays. */
    public static SearchParameters ofArrays(Map<String, String[]> parameters) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        parameters.forEach((name, values) -> lists.put(name, Arrays.asList(values)));
        return of(lists);
    }

    /**
     * Every parameter the search reads, in the order links write them: what the API documents (its
     * OpenAPI document is checked against this list) and what any other parameter is not.
     */
    public static List<String> names() {
        return NAMES;
    }

    /** Whether nothing was asked: the search page then shows only its form. */
    public boolean isEmpty() {
        return given.keySet().stream().allMatch(LANGUAGE::equals);
    }

    /**
     * Whether anything narrows the search: a place, keywords, or a filter (even one turned off). A
     * search with only a radius, an order or a page would list the whole country.
     */
    public boolean narrows() {
        return Stream.of(NEAR, LAT, LON, STATE, CITY, KEYWORDS).anyMatch(given::containsKey)
                || Stream.of(FilterFlag.values()).anyMatch(f -> given.containsKey(f.parameter()))
                || Stream.of(FilterGroup.values()).anyMatch(g -> given.containsKey(g.parameter()));
    }

    /** Whether the flag's parameter is {@code true}. */
    public boolean isOn(FilterFlag flag) {
        return "true".equalsIgnoreCase(value(flag.parameter()));
    }

    /** Whether the radius asks for the place's whole state rather than a distance. */
    public boolean isWholeState() {
        return WHOLE_STATE.equalsIgnoreCase(value(RADIUS));
    }

    /**
     * The same search with this parameter's values replaced (none: left out), on its first page.
     */
    public SearchParameters with(String name, List<String> values) {
        Map<String, List<String>> changed = new LinkedHashMap<>();
        for (String known : NAMES) {
            if (known.equals(PAGE)) {
                continue;
            }
            List<String> kept = known.equals(name) ? values : given.get(known);
            if (kept != null && !kept.isEmpty()) {
                changed.put(known, List.copyOf(kept));
            }
        }
        return new SearchParameters(Collections.unmodifiableMap(changed));
    }

    /** The same search, on the same page, without these parameters. */
    public SearchParameters without(Set<String> names) {
        Map<String, List<String>> kept = new LinkedHashMap<>(given);
        kept.keySet().removeAll(names);
        return new SearchParameters(Collections.unmodifiableMap(kept));
    }

    /** The same search without one value of a filter group, on its first page. */
    public SearchParameters without(FilterGroup group, SamhsaCoded value) {
        return with(
                group.parameter(),
                values(group).stream().filter(v -> group.value(v).orElse(null) != value).toList());
    }

    /** The same place, keywords, order and language without any filter, on its first page. */
    public SearchParameters withoutFilters() {
        SearchParameters cleared = this;
        for (FilterFlag flag : FilterFlag.values()) {
            cleared = cleared.with(flag.parameter(), List.of());
        }
        for (FilterGroup group : FilterGroup.values()) {
            cleared = cleared.with(group.parameter(), List.of());
        }
        return cleared;
    }

    /** The value of a single-valued parameter as given (the first, if repeated), or null. */
    public String value(String name) {
        List<String> values = given.get(name);
        return values == null ? null : values.get(0);
    }

    /** The values given for a filter group, comma-separated ones split apart. */
    public List<String> values(FilterGroup group) {
        return given.getOrDefault(group.parameter(), List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** The same search on another page of results. */
    public SearchParameters withPage(int page) {
        Map<String, List<String>> changed = new LinkedHashMap<>();
        for (String name : NAMES) {
            if (name.equals(PAGE)) {
                if (page > 0) {
                    changed.put(PAGE, List.of(String.valueOf(page)));
                }
            } else if (given.containsKey(name)) {
                changed.put(name, given.get(name));
            }
        }
        return new SearchParameters(Collections.unmodifiableMap(changed));
    }

    /**
     * The same search from its first page with other single values ({@code near}, {@code q}); a
     * null or blank value removes the parameter. For suggestions: "the same search, but ...".
     */
    public SearchParameters with(Map<String, String> changes) {
        Map<String, List<String>> changed = new LinkedHashMap<>();
        for (String name : NAMES) {
            if (changes.containsKey(name)) {
                String value = changes.get(name);
                if (value != null && !value.isBlank()) {
                    changed.put(name, List.of(value.strip()));
                }
            } else if (!name.equals(PAGE) && given.containsKey(name)) {
                changed.put(name, given.get(name));
            }
        }
        return new SearchParameters(Collections.unmodifiableMap(changed));
    }

    /** This search as a link's query string: {@code ?near=43215&radius=25}, or "" for none. */
    public String toQueryString() {
        String pairs =
                given.entrySet().stream()
                        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey(), v)))
                        .collect(Collectors.joining("&"));
        return pairs.isEmpty() ? "" : "?" + pairs;
    }

    private static String encode(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // The single-valued parameters as Bean Validation sees them: the text as given.

    @DecimalMin(value = "-90", message = LAT_RULE)
    @DecimalMax(value = "90", message = LAT_RULE)
    public String getLat() {
        return value(LAT);
    }

    @DecimalMin(value = "-180", message = LON_RULE)
    @DecimalMax(value = "180", message = LON_RULE)
    public String getLon() {
        return value(LON);
    }

    @Pattern(regexp = WHOLE_NUMBER, message = RADIUS_RULE)
    @Min(value = MIN_RADIUS_MILES, message = RADIUS_RULE)
    @Max(value = MAX_RADIUS_MILES, message = RADIUS_RULE)
    public String getRadius() {
        return isWholeState() ? null : value(RADIUS);
    }

    @Size(max = MAX_CITY_LENGTH, message = CITY_RULE)
    public String getCity() {
        return value(CITY);
    }

    @Pattern(regexp = "true|false", flags = Pattern.Flag.CASE_INSENSITIVE, message = TRUE_OR_FALSE)
    public String getFacets() {
        return value(FACETS);
    }

    @Size(max = MAX_KEYWORD_LENGTH, message = KEYWORDS_TOO_LONG)
    @Pattern(regexp = "\\S+(\\s+\\S+){0," + (MAX_KEYWORDS - 1) + "}", message = TOO_MANY_KEYWORDS)
    public String getQ() {
        return value(KEYWORDS);
    }

    @Pattern(regexp = WHOLE_NUMBER, message = PAGE_RULE)
    public String getPage() {
        return value(PAGE);
    }

    @Pattern(regexp = WHOLE_NUMBER, message = SIZE_RULE)
    @Min(value = 1, message = SIZE_RULE)
    @Max(value = MAX_PAGE_SIZE, message = SIZE_RULE)
    public String getSize() {
        return value(SIZE);
    }

    /**
     * Checks everything and, when nothing is wrong, builds the query: the place named by {@code
     * near} is looked up, the state and filter codes are matched. Never throws on input: every
     * problem is named, at most one per parameter, in the order of the parameters.
     */
    public CheckedSearch check(Validator validator, Gazetteer gazetteer) {
        Problems problems = new Problems();
        given.forEach(
                (name, values) -> {
                    if (values.size() > 1 && FilterGroup.ofParameter(name).isEmpty()) {
                        problems.add(name, GIVEN_TWICE, name);
                    }
                });
        // Sorted, so that of two broken rules of one parameter the same is always named.
        validator.validate(this).stream()
                .sorted(
                        Comparator.comparing(
                                        (ConstraintViolation<?> v) ->
                                                v.getPropertyPath().toString())
                                .thenComparing(ConstraintViolation::getMessage))
                .forEach(
                        v -> {
                            List<Object> arguments = new ArrayList<>();
                            arguments.add(echoed(String.valueOf(v.getInvalidValue())));
                            arguments.addAll(
                                    RULE_ARGUMENTS.getOrDefault(v.getMessage(), List.of()));
                            problems.add(
                                    v.getPropertyPath().toString(),
                                    new Text(v.getMessage(), arguments));
                        });

        if (!narrows()) {
            problems.add(NEAR, NOTHING_ASKED);
        }
        SearchQuery.Builder query = SearchQuery.builder();
        Place place = centre(gazetteer, query, problems);
        if (isWholeState()) {
            if (place == null) {
                if (value(NEAR) == null) {
                    problems.add(RADIUS, WHOLE_STATE_NEEDS_PLACE);
                }
            } else {
                query.radiusMiles(SearchQuery.WHOLE_STATE).state(place.state().code());
            }
        } else if (!problems.has(RADIUS) && value(RADIUS) != null) {
            query.radiusMiles(Integer.parseInt(value(RADIUS)));
        }
        if (value(STATE) != null) {
            Optional<UsState> state = gazetteer.states().find(value(STATE));
            state.ifPresentOrElse(
                    s -> query.state(s.code()),
                    () -> problems.add(STATE, UNKNOWN_STATE, echoed(value(STATE))));
        }
        query.city(problems.has(CITY) ? null : value(CITY));
        for (FilterFlag flag : FilterFlag.values()) {
            String value = value(flag.parameter());
            if (value != null
                    && !value.equalsIgnoreCase("true")
                    && !value.equalsIgnoreCase("false")) {
                problems.add(flag.parameter(), TRUE_OR_FALSE, echoed(value));
            }
            query.flag(flag, isOn(flag));
        }
        if (value(SORT) != null) {
            SearchOrder.ofParameter(value(SORT))
                    .ifPresentOrElse(
                            query::order, () -> problems.add(SORT, SORT_RULE, echoed(value(SORT))));
        }
        query.facets("true".equalsIgnoreCase(value(FACETS)));
        for (FilterGroup group : FilterGroup.values()) {
            filter(group, query, problems);
        }
        if (!problems.has(KEYWORDS) && value(KEYWORDS) != null) {
            KeywordCost.problem(value(KEYWORDS)).ifPresent(p -> problems.add(KEYWORDS, p));
        }
        query.keywords(problems.has(KEYWORDS) ? null : value(KEYWORDS));
        paging(query, problems);
        return new CheckedSearch(problems.none() ? query.build() : null, place, problems.list());
    }

    private Place centre(Gazetteer gazetteer, SearchQuery.Builder query, Problems problems) {
        boolean near = value(NEAR) != null;
        boolean lat = value(LAT) != null;
        boolean lon = value(LON) != null;
        if (near && (lat || lon)) {
            problems.add(NEAR, NEAR_AND_POSITION);
        } else if (near) {
            PlaceLookup lookup = gazetteer.lookup(value(NEAR));
            if (lookup instanceof PlaceLookup.Found found) {
                query.center(found.place().point());
                return found.place();
            }
            problems.add(NEAR, ((PlaceLookup.NotFound) lookup).text());
        } else if (lat != lon) {
            problems.add(lat ? LON : LAT, LAT_AND_LON);
        } else if (lat && !problems.has(LAT) && !problems.has(LON)) {
            query.center(
                    new GeoPoint(Double.parseDouble(value(LAT)), Double.parseDouble(value(LON))));
        }
        return null;
    }

    private void filter(FilterGroup group, SearchQuery.Builder query, Problems problems) {
        List<String> values = values(group);
        if (values.isEmpty()) {
            return;
        }
        if (values.size() > MAX_FILTER_VALUES) {
            problems.add(group.parameter(), TOO_MANY_VALUES, MAX_FILTER_VALUES, group.parameter());
            return;
        }
        Set<SamhsaCoded> chosen = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String value : values) {
            group.value(value).ifPresentOrElse(chosen::add, () -> unknown.add(echoed(value)));
        }
        if (!unknown.isEmpty()) {
            String known =
                    group.vocabulary().stream()
                            .map(v -> v.code() + " (" + v.label().toLowerCase(Locale.ROOT) + ")")
                            .collect(Collectors.joining(", "));
            String listed =
                    unknown.stream().limit(ECHOED_VALUES).collect(Collectors.joining(", "))
                            + (unknown.size() > ECHOED_VALUES ? ", …" : "");
            problems.add(group.parameter(), UNKNOWN_VALUES, group.parameter(), listed, known);
            return;
        }
        query.filter(group, chosen);
    }

    private void paging(SearchQuery.Builder query, Problems problems) {
        int size = SearchLimits.DEFAULT_PAGE_SIZE;
        if (value(SIZE) != null && !problems.has(SIZE)) {
            size = Integer.parseInt(value(SIZE));
            query.size(size);
        }
        if (value(PAGE) == null || problems.has(PAGE)) {
            return;
        }
        int page = Integer.parseInt(value(PAGE));
        if ((long) page * size + size > MAX_RESULT_WINDOW) {
            problems.add(PAGE, RESULT_WINDOW, MAX_RESULT_WINDOW);
        } else {
            query.page(page);
        }
    }

    // What was typed, cut short: enough to recognise, never a whole novel.
    private static String echoed(String value) {
        return value.length() <= ECHO_LENGTH ? value : value.substring(0, ECHO_LENGTH) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchParameters p && given.equals(p.given);
    }

    @Override
    public int hashCode() {
        return given.hashCode();
    }

    @Override
    public String toString() {
        return "SearchParameters"
                + given.keySet(); // never the values: they describe someone's health
    }

    /** The outcome of {@link #check}: a query to run (and its place, if any), or the problems. */
    public record CheckedSearch(SearchQuery query, Place place, List<ParameterProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** At most one problem per parameter (the first found), listed in parameter order. */
    private static final class Problems {
        private final Map<String, Text> byParameter = new LinkedHashMap<>();

        void add(String parameter, Text text) {
            byParameter.putIfAbsent(parameter, text);
        }

        void add(String parameter, String key, Object... arguments) {
            add(parameter, Text.of(key, arguments));
        }

        boolean has(String parameter) {
            return byParameter.containsKey(parameter);
        }

        boolean none() {
            return byParameter.isEmpty();
        }

        List<ParameterProblem> list() {
            List<ParameterProblem> list = new ArrayList<>();
            byParameter.forEach((p, m) -> list.add(new ParameterProblem(p, m)));
            list.sort(Comparator.comparingInt(p -> NAMES.indexOf(p.parameter())));
            return list;
        }
    }
}
