package org.opentreatment.directory.geo;

import static java.lang.Double.parseDouble;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.opentreatment.directory.shared.Text;

/**
 * Finds US places by ZIP code or by city and state, and turns what a person types into one.
 * Immutable once built, so one instance can serve every thread (an EJB would keep it in a
 * {@code @Singleton}).
 */
public final class Gazetteer {

    static final String POSTAL_CODES_RESOURCE = "us-postal-codes.tsv.gz";

    /**
     * Longer text is not a place name; refusing it early keeps lookups cheap whatever is pasted in.
     */
    public static final int MAX_INPUT_LENGTH = 100;

    public static final int MAX_SUGGESTIONS = 20;

    // Every message a person may see, by its key in shared/texts.properties: each says what is
    // wrong and what to type.
    static final String EMPTY_INPUT = "place.empty";
    private static final String TOO_LONG = "place.tooLong";
    private static final String UNKNOWN_ZIP = "place.unknownZip";
    private static final String MALFORMED_ZIP = "place.malformedZip";
    private static final String UNKNOWN_STATE = "place.unknownState";
    private static final String UNKNOWN_CITY_IN_STATE = "place.unknownCityInState";
    private static final String UNKNOWN_PLACE = "place.unknownPlace";
    private static final String ADD_STATE = "place.addState";
    private static final String ADD_CITY = "place.addCity";
    private static final String NO_PLACES_IN_STATE = "place.noPlacesInState";

    // GeoNames quotes nothing; a stray double quote in a name must not swallow the lines after it.
    private static final CSVFormat GEONAMES_TSV = CSVFormat.TDF.builder().setQuote(null).get();

    private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:-?\\d{4})?");
    private static final Pattern TRAILING_ZIP =
            Pattern.compile("(.*?)[\\s,]+(\\d{5}(?:-?\\d{4})?)");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\d\\s-]*\\d[\\d\\s-]*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,;]+");

    /** Words that join a place to what is looked for there: "detox near 43215". */
    private static final Set<String> CONNECTORS =
            Set.of("near", "in", "around", "at", "by", "zip", "code", "close", "to", "of", "city");

    /** Words of a city name typed among keywords ("rehab Columbus"); longer is no city name. */
    private static final int MAX_CITY_WORDS = 4;

    private final UsStates states;
    private final Map<String, Place> zips;
    private final List<Place> allZips;
    private final Map<String, List<Place>> zipsByState;
    private final Map<String, City> largestCityByState;
    // Every city once, sorted by normalized name and then most ZIPs first: a prefix or a name is
    // one binary search away, and cities sharing a name sit together with the biggest first.
    private final City[] cities;
    private final String[] cityNames;
    // Each state's cities, most ZIPs first: where a misspelt city of a known state is looked for.
    private final Map<String, List<City>> citiesByState;

    // The maps above are filled in the constructor and never written again; final fields make them
    // safely visible to every thread (JLS 17.5), so no copy into immutable collections is needed.

    private record City(String name, Place place, int zipCount) {

        String stateCode() {
            return place.state().code();
        }
    }

    public Gazetteer(UsStates states, List<PostalCode> rows) {
        this.states = Objects.requireNonNull(states, "states");
        int capacity = rows.size() * 4 / 3 + 1;
        Map<String, Place> zipIndex = new HashMap<>(capacity);
        List<Place> ordered = new ArrayList<>(rows.size());
        Map<String, List<Place>> byState = new HashMap<>();
        // State code, then normalized city name: plain String keys hash fast while loading.
        Map<String, Map<String, CityTotals>> totals = new HashMap<>();
        Map<String, String> normalizedNames = new HashMap<>(capacity);
        Map<String, Optional<UsState>> stateOfCode = new HashMap<>();

        for (PostalCode row : rows) {
            // Places missing from us-states.csv (the Marshall Islands, MH) have no UsState.
            Optional<UsState> state = stateOfCode.computeIfAbsent(row.stateCode(), states::find);
            if (state.isEmpty() || zipIndex.containsKey(row.zip())) {
                continue;
            }
            UsState usState = state.get();
            Place place = row.toPlace(usState);
            zipIndex.put(row.zip(), place);
            ordered.add(place);
            byState.computeIfAbsent(usState.code(), code -> new ArrayList<>()).add(place);
            String name = normalizedNames.computeIfAbsent(row.city(), PlaceNames::normalize);
            Map<String, CityTotals> citiesOfState =
                    totals.computeIfAbsent(usState.code(), code -> new HashMap<>());
            CityTotals total = citiesOfState.get(name);
            if (total == null) {
                total = new CityTotals(row.city(), usState);
                citiesOfState.put(name, total);
            }
            total.add(place);
        }

        this.zips = Collections.unmodifiableMap(zipIndex);
        this.allZips = Collections.unmodifiableList(ordered);
        byState.replaceAll((code, places) -> Collections.unmodifiableList(places));
        this.zipsByState = Collections.unmodifiableMap(byState);

        List<City> all = new ArrayList<>();
        Map<String, City> largest = new HashMap<>();
        for (Map<String, CityTotals> citiesOfState : totals.values()) {
            for (Map.Entry<String, CityTotals> entry : citiesOfState.entrySet()) {
                CityTotals total = entry.getValue();
                City city = new City(entry.getKey(), total.toPlace(), total.count);
                all.add(city);
                largest.merge(city.stateCode(), city, (a, b) -> mostZipsFirst(a, b) <= 0 ? a : b);
            }
        }
        City[] sorted = all.toArray(new City[0]);
        Arrays.sort(sorted, Gazetteer::byNameThenMostZips);
        this.cities = sorted;
        this.cityNames = new String[sorted.length];
        for (int j = 0; j < sorted.length; j++) {
            cityNames[j] = sorted[j].name();
        }
        this.largestCityByState = Collections.unmodifiableMap(largest);
        Map<String, List<City>> byStateCities = new HashMap<>();
        for (City city : sorted) {
            byStateCities.computeIfAbsent(city.stateCode(), code -> new ArrayList<>()).add(city);
        }
        byStateCities.values().forEach(list -> list.sort(Gazetteer::mostZipsFirst));
        this.citiesByState = byStateCities;
    }

    /** Builds the gazetteer from the GeoNames and state files shipped in this package. */
    public static Gazetteer load() {
        UsStates states = UsStates.load();
        try (InputStream raw = Gazetteer.class.getResourceAsStream(POSTAL_CODES_RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(
                        "resource " + POSTAL_CODES_RESOURCE + " is missing from the classpath");
            }
            Reader in =
                    new BufferedReader(
                            new InputStreamReader(
                                    new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8),
                            1 << 16);
            return new Gazetteer(states, readPostalCodes(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POSTAL_CODES_RESOURCE, e);
        }
    }

    /**
     * Reads the GeoNames postal-code format (tab-separated, no header). Rows without a state code
     * are military APO/FPO addresses with no place on land, so they are left out here.
     */
    public static List<PostalCode> readPostalCodes(Reader in) throws IOException {
        List<PostalCode> rows = new ArrayList<>(42_000);
        try (CSVParser parser = GEONAMES_TSV.parse(in)) {
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (row.size() < 11) {
                    throw new IllegalArgumentException(
                            "GeoNames line %d has %d columns, expected 12"
                                    .formatted(line, row.size()));
                }
                String stateCode = row.get(4);
                if (stateCode.isEmpty()) {
                    continue;
                }
                GeoPoint point;
                try {
                    point = new GeoPoint(parseDouble(row.get(9)), parseDouble(row.get(10)));
                } catch (IllegalArgumentException e) {
                    // NumberFormatException is an IllegalArgumentException too.
                    throw new IllegalArgumentException(
                            "GeoNames line %d has no usable latitude and longitude".formatted(line),
                            e);
                }
                rows.add(new PostalCode(row.get(1), row.get(2), stateCode, row.get(5), point));
            }
        }
        return rows;
    }

    /** Accepts "43215", "43215-1234", "432151234", with blanks around. */
    public Optional<Place> byZip(String zip) {
        if (zip == null) {
            return Optional.empty();
        }
        Matcher matcher = ZIP.matcher(zip.strip());
        return matcher.matches()
                ? Optional.ofNullable(zips.get(matcher.group(1)))
                : Optional.empty();
    }

    public Optional<Place> byCity(String city, String stateCodeOrName) {
        return states.find(stateCodeOrName).flatMap(state -> city(city, state)).map(City::place);
    }

    /** The single entry point for what a person types. Never throws on any text. */
    public PlaceLookup lookup(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return notFound(EMPTY_INPUT);
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            return notFound(TOO_LONG);
        }
        Matcher zip = ZIP.matcher(input);
        if (zip.matches()) {
            return byZip(input)
                    .<PlaceLookup>map(PlaceLookup.Found::new)
                    .orElseGet(() -> notFound(UNKNOWN_ZIP, zip.group(1)));
        }
        if (NUMBER_LIKE.matcher(input).matches()) {
            return notFound(MALFORMED_ZIP);
        }
        Matcher trailingZip = TRAILING_ZIP.matcher(input);
        if (trailingZip.matches()) {
            // "Columbus, OH 43215", as a Place displays itself: the ZIP is the more precise part.
            Optional<Place> place = byZip(trailingZip.group(2));
            if (place.isPresent()) {
                return new PlaceLookup.Found(place.get());
            }
            input = trailingZip.group(1);
        }
        int firstComma = input.indexOf(',');
        if (firstComma >= 0) {
            String city = input.substring(0, firstComma).strip();
            String state = input.substring(input.lastIndexOf(',') + 1).strip();
            if (!state.isEmpty()) {
                return lookupInState(city, state);
            }
            // "Columbus OH," with a stray comma at the end.
            input = city;
            if (input.isEmpty()) {
                return notFound(EMPTY_INPUT);
            }
        }
        return lookupWithoutComma(input);
    }

    /**
     * Cities whose normalized name starts with the normalized prefix, most ZIPs first, for an
     * autocomplete. {@code max} is capped at {@value #MAX_SUGGESTIONS}.
     */
    public List<Place> suggest(String prefix, int max) {
        int limit = Math.min(max, MAX_SUGGESTIONS);
        String expanded = PlaceNames.normalize(prefix);
        if (limit <= 0 || expanded.isEmpty()) {
            return List.of();
        }
        Set<City> matches = new LinkedHashSet<>();
        collectPrefix(expanded, matches);
        // A trailing blank or period means the last word is finished; "st" alone may still grow.
        if (Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1))) {
            // "st" may become "Sterling" as well as "Saint ...", so look under both.
            String asTyped = PlaceNames.normalize(prefix, false);
            if (!asTyped.equals(expanded)) {
                collectPrefix(asTyped, matches);
            }
        }
        return matches.stream()
                .sorted(Gazetteer::mostZipsFirst)
                .limit(limit)
                .map(City::place)
                .toList();
    }

    /**
     * Places a person may have meant by text that {@link #lookup} does not find, best first, at
     * most {@code max} (capped at {@value #MAX_SUGGESTIONS}): for a city name without its state
     * ("Columbus") every city of that name; for a misspelt one ("Colombus, OH", "Colombus") the
     * cities a few letters away, those of the state given first; for a state alone its largest
     * cities; for an unknown ZIP the cities of the ZIPs that share its first three digits. Among
     * equals, cities with more ZIPs (more people) come first. Empty when nothing is close, or when
     * the text is found as it is. Misspelt names are compared only with the cities of the state
     * given, or else with those sharing the first letter, so the work stays bounded.
     */
    public List<Place> alternativesTo(String text, int max) {
        int limit = Math.min(max, MAX_SUGGESTIONS);
        String input = text == null ? "" : text.strip();
        if (limit <= 0
                || input.isEmpty()
                || input.length() > MAX_INPUT_LENGTH
                || lookup(input) instanceof PlaceLookup.Found) {
            return List.of();
        }
        Set<City> found = new LinkedHashSet<>();
        Matcher zip = ZIP.matcher(input);
        if (zip.matches()) {
            sameZipArea(zip.group(1), found);
        } else if (!NUMBER_LIKE.matcher(input).matches()) {
            int comma = input.indexOf(',');
            if (comma >= 0) {
                String state = input.substring(input.lastIndexOf(',') + 1).strip();
                alternativesTo(input.substring(0, comma), states.find(state), limit, found);
            } else {
                String[] words = BLANKS.split(input);
                states.find(input).ifPresent(state -> largestOf(state, limit, found));
                for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
                    Optional<UsState> state =
                            states.find(join(words, words.length - n, words.length));
                    if (state.isPresent()) {
                        alternativesTo(join(words, 0, words.length - n), state, limit, found);
                    }
                }
                alternativesTo(input, Optional.empty(), limit, found);
            }
        }
        return found.stream().limit(limit).map(City::place).toList();
    }

    /**
     * A place named inside longer text, and the other words: a ZIP anywhere ("detox near 43215"),
     * or a city followed by its state ("suboxone clinic columbus oh", "Columbus, OH methadone").
     * Empty when the text names no place this way, or is nothing but a place ({@link #lookup} then
     * finds it). A city whose every word {@code isKeyword} ("Center, TX" in "rehab center tx") is
     * not taken for a place. Connecting words ("near", "in") are left out of the other words.
     */
    public Optional<PlaceInText> placeIn(String text, Predicate<String> isKeyword) {
        String[] words = wordsOf(text);
        if (words.length < 2) {
            return Optional.empty();
        }
        for (int i = 0; i < words.length; i++) {
            Optional<Place> zip =
                    ZIP.matcher(words[i]).matches() ? byZip(words[i]) : Optional.empty();
            if (zip.isPresent()) {
                String around = join(words, 0, i) + " " + join(words, i + 1, words.length);
                String others = rest(words, i, i + 1);
                if (others.isEmpty() || lookup(around) instanceof PlaceLookup.Found) {
                    return Optional.empty(); // "Columbus, OH 43215" is a place, as lookup reads it
                }
                return Optional.of(new PlaceInText(zip.get(), zip.get().zip(), others));
            }
        }
        if (lookup(text) instanceof PlaceLookup.Found) {
            return Optional.empty();
        }
        for (int end = words.length; end >= 2; end--) {
            for (int n = Math.min(3, end - 1); n >= 1; n--) {
                Optional<UsState> state = states.find(join(words, end - n, end));
                if (state.isEmpty()) {
                    continue;
                }
                for (int c = Math.min(MAX_CITY_WORDS, end - n); c >= 1; c--) {
                    int start = end - n - c;
                    if (allKeywords(words, start, end - n, isKeyword)) {
                        continue;
                    }
                    Optional<City> city = city(join(words, start, end - n), state.get());
                    if (city.isPresent()) {
                        Place place = city.get().place();
                        String others = rest(words, start, end);
                        return others.isEmpty()
                                ? Optional.empty()
                                : Optional.of(new PlaceInText(place, place.displayName(), others));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Cities named among other words without their state ("suboxone columbus"), most ZIPs first and
     * at most {@code max}, each with the other words: candidates to offer, since the state is
     * missing. The longest name wins; words that {@code isKeyword} and names shorter than four
     * letters ("in", "oh") are not taken for cities.
     */
    public List<PlaceInText> citiesNamedIn(String text, int max, Predicate<String> isKeyword) {
        String[] words = wordsOf(text);
        int limit = Math.min(max, MAX_SUGGESTIONS);
        for (int c = Math.min(MAX_CITY_WORDS, words.length - 1); c >= 1; c--) {
            for (int start = words.length - c; start >= 0; start--) {
                String name = PlaceNames.normalize(join(words, start, start + c));
                if (name.length() < 4 || allKeywords(words, start, start + c, isKeyword)) {
                    continue;
                }
                List<City> same = sameName(name);
                if (!same.isEmpty()) {
                    String others = rest(words, start, start + c);
                    return same.stream()
                            .limit(limit)
                            .map(city -> city.place())
                            .map(place -> new PlaceInText(place, place.displayName(), others))
                            .toList();
                }
            }
        }
        return List.of();
    }

    private static String[] wordsOf(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_INPUT_LENGTH) {
            return new String[0];
        }
        return WORD_SEPARATORS.split(text.strip());
    }

    private static boolean allKeywords(
            String[] words, int from, int to, Predicate<String> isKeyword) {
        for (int i = from; i < to; i++) {
            if (!isKeyword.test(words[i])) {
                return false;
            }
        }
        return true;
    }

    // The words outside [from, to), without connecting words.
    private static String rest(String[] words, int from, int to) {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if ((i < from || i >= to) && !CONNECTORS.contains(words[i].toLowerCase(Locale.ROOT))) {
                others.add(words[i]);
            }
        }
        return String.join(" ", others);
    }

    private void alternativesTo(String city, Optional<UsState> state, int limit, Set<City> into) {
        String name = PlaceNames.normalize(city);
        if (name.isEmpty()) {
            state.ifPresent(s -> largestOf(s, limit, into));
            return;
        }
        state.ifPresent(
                s -> into.addAll(similar(name, citiesByState.getOrDefault(s.code(), List.of()))));
        List<City> sameName = sameName(name);
        into.addAll(sameName);
        if (state.isEmpty() && sameName.isEmpty()) {
            int from = firstAtOrAfter(name.substring(0, 1));
            int to = firstAtOrAfter(String.valueOf((char) (name.charAt(0) + 1)));
            into.addAll(similar(name, Arrays.asList(cities).subList(from, to)));
        }
    }

    private void largestOf(UsState state, int limit, Set<City> into) {
        citiesByState.getOrDefault(state.code(), List.of()).stream()
                .limit(limit)
                .forEach(into::add);
    }

    // Cities a few letters from the name (more for longer names), closest first, then most ZIPs.
    private static List<City> similar(String name, List<City> candidates) {
        int limit = name.length() < 4 ? 0 : name.length() < 6 ? 1 : 2;
        if (limit == 0) {
            return List.of();
        }
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        record Near(City city, int distance) {}
        List<Near> near = new ArrayList<>();
        for (City candidate : candidates) {
            if (Math.abs(candidate.name().length() - name.length()) <= limit) {
                int d = distance.apply(name, candidate.name());
                if (d >= 0) {
                    near.add(new Near(candidate, d));
                }
            }
        }
        return near.stream()
                .sorted(
                        Comparator.comparingInt(Near::distance)
                                .thenComparing(Near::city, Gazetteer::mostZipsFirst))
                .limit(MAX_SUGGESTIONS)
                .map(Near::city)
                .toList();
    }

    private void sameZipArea(String zip, Set<City> into) {
        String area = zip.substring(0, 3);
        Set<City> area3 = new LinkedHashSet<>();
        for (Place place : allZips) {
            if (place.zip().startsWith(area)) {
                city(place.city(), place.state()).ifPresent(area3::add);
            }
        }
        area3.stream().sorted(Gazetteer::mostZipsFirst).limit(MAX_SUGGESTIONS).forEach(into::add);
    }

    /** Every ZIP place in the order of the GeoNames file. */
    public List<Place> allZips() {
        return allZips;
    }

    /**
     * The ZIP places of one state in the order of the GeoNames file; empty for a territory without
     * data.
     */
    public List<Place> zipsOf(UsState state) {
        return zipsByState.getOrDefault(state.code(), List.of());
    }

    public UsStates states() {
        return states;
    }

    private PlaceLookup lookupInState(String city, String stateText) {
        Optional<UsState> state = states.find(stateText);
        if (state.isEmpty()) {
            return notFound(UNKNOWN_STATE, stateText);
        }
        if (PlaceNames.normalize(city).isEmpty()) {
            return addCity(state.get());
        }
        return city(city, state.get())
                .<PlaceLookup>map(found -> new PlaceLookup.Found(found.place()))
                .orElseGet(() -> cityNotFound(city, state.get()));
    }

    private PlaceLookup lookupWithoutComma(String input) {
        String[] words = BLANKS.split(input);
        PlaceLookup.NotFound notInState = null;
        // Last 1, 2 then 3 words as the state: "Columbus OH", "Raleigh North Carolina", "Washington
        // District of Columbia". "Charleston West Virginia" is wrong as Virginia but right as West
        // Virginia, so every split is tried before giving up.
        for (int n = 1; n <= 3 && n < words.length; n++) {
            Optional<UsState> state = states.find(join(words, words.length - n, words.length));
            if (state.isEmpty()) {
                continue;
            }
            String city = join(words, 0, words.length - n);
            Optional<City> found = city(city, state.get());
            if (found.isPresent()) {
                return new PlaceLookup.Found(found.get().place());
            }
            // The longest state name that matched makes the most plausible complaint.
            notInState = cityNotFound(city, state.get());
        }
        List<City> sameName = sameName(PlaceNames.normalize(input));
        Optional<UsState> stateOnly = states.find(input);
        if (stateOnly.isPresent()
                && (sameName.isEmpty() || !namesACity(stateOnly.get(), sameName.get(0)))) {
            return addCity(stateOnly.get());
        }
        if (!sameName.isEmpty()) {
            return notFound(ADD_STATE, sameName.get(0).place().displayName());
        }
        if (notInState != null) {
            return notInState;
        }
        return notFound(UNKNOWN_PLACE, input);
    }

    /**
     * Whether text that names a state ("New York", "Washington", "Ohio") more likely means the city
     * of that name: yes when that city is in the state itself or outgrows the state's biggest city,
     * so "Washington" asks for DC's state but "Ohio" does not send people to Ohio, IL.
     */
    private boolean namesACity(UsState state, City biggestOfThatName) {
        City biggestInState = largestCityByState.get(state.code());
        return biggestOfThatName.stateCode().equals(state.code())
                || biggestInState == null
                || biggestOfThatName.zipCount() > biggestInState.zipCount();
    }

    private PlaceLookup.NotFound cityNotFound(String city, UsState state) {
        if (!largestCityByState.containsKey(state.code())) {
            return noPlacesIn(state);
        }
        return notFound(UNKNOWN_CITY_IN_STATE, city, state.name());
    }

    private PlaceLookup.NotFound addCity(UsState state) {
        City largest = largestCityByState.get(state.code());
        if (largest == null) {
            return noPlacesIn(state);
        }
        return notFound(ADD_CITY, state.name(), largest.place().displayName());
    }

    private static PlaceLookup.NotFound noPlacesIn(UsState state) {
        return notFound(NO_PLACES_IN_STATE, state.name());
    }

    // The person's text goes in as an argument, never as the template, so a "%" in it is harmless.
    private static PlaceLookup.NotFound notFound(String key, Object... values) {
        return new PlaceLookup.NotFound(Text.of(key, values));
    }

    private Optional<City> city(String city, UsState state) {
        for (City candidate : sameName(PlaceNames.normalize(city))) {
            if (candidate.stateCode().equals(state.code())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    // Cities with exactly this normalized name, most ZIPs first.
    private List<City> sameName(String name) {
        if (name.isEmpty()) {
            return List.of();
        }
        int from = firstAtOrAfter(name);
        int to = from;
        while (to < cityNames.length && cityNames[to].equals(name)) {
            to++;
        }
        return Arrays.asList(cities).subList(from, to);
    }

    private int firstAtOrAfter(String name) {
        int low = 0;
        int high = cityNames.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cityNames[mid].compareTo(name) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int mostZipsFirst(City a, City b) {
        int order = Integer.compare(b.zipCount(), a.zipCount());
        if (order == 0) {
            order = a.name().compareTo(b.name());
        }
        return order != 0 ? order : a.stateCode().compareTo(b.stateCode());
    }

    private static int byNameThenMostZips(City a, City b) {
        int order = a.name().compareTo(b.name());
        return order != 0 ? order : mostZipsFirst(a, b);
    }

    private void collectPrefix(String prefix, Set<City> into) {
        for (int i = firstAtOrAfter(prefix);
                i < cityNames.length && cityNames[i].startsWith(prefix);
                i++) {
            into.add(cities[i]);
        }
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.asList(words).subList(from, to));
    }

    // Running sums for one city while the rows stream past.
    private static final class CityTotals {
        private final String spelling;
        private final UsState state;
        // Most cities lie in one county, so two small arrays beat a map per city.
        private final List<String> counties = new ArrayList<>(2);
        private int[] countyCounts = new int[2];
        private double latitudeSum;
        private double longitudeSum;
        private int count;

        CityTotals(String spelling, UsState state) {
            this.spelling = spelling;
            this.state = state;
        }

        void add(Place zip) {
            // A plain mean of longitudes is fine: no US city straddles the 180th meridian.
            latitudeSum += zip.point().latitude();
            longitudeSum += zip.point().longitude();
            count++;
            int index = counties.indexOf(zip.county());
            if (index < 0) {
                index = counties.size();
                counties.add(zip.county());
                if (index == countyCounts.length) {
                    countyCounts = Arrays.copyOf(countyCounts, index * 2);
                }
            }
            countyCounts[index]++;
        }

        Place toPlace() {
            // Ties go to the county seen first, so the result does not depend on hash order.
            int best = 0;
            for (int i = 1; i < counties.size(); i++) {
                if (countyCounts[i] > countyCounts[best]) {
                    best = i;
                }
            }
            String county = counties.get(best);
            GeoPoint mean = new GeoPoint(latitudeSum / count, longitudeSum / count);
            return new Place(PlaceKind.CITY, null, spelling, state, county, mean);
        }
    }
}
