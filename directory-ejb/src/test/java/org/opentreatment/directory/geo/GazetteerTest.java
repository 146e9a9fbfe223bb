package org.opentreatment.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

    // Loaded once: the gazetteer is immutable, so sharing it cannot couple the tests.
    private static Gazetteer gazetteer;
    private static UsStates states;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        states = gazetteer.states();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "43215                           | Columbus      | OH",
                "43215-1234                      | Columbus      | OH",
                "Columbus, OH                    | Columbus      | OH",
                "columbus oh                     | Columbus      | OH",
                "Columbus, Ohio                  | Columbus      | OH",
                "St. Louis, MO                   | Saint Louis   | MO",
                "Saint Louis MO                  | Saint Louis   | MO",
                "ST LOUIS, mo                    | Saint Louis   | MO",
                "San José, CA                    | San Jose      | CA",
                "Mt Vernon, OH                   | Mount Vernon  | OH",
                "Ft Worth, TX                    | Fort Worth    | TX",
                "New York, NY                    | New York      | NY",
                "New York NY                     | New York      | NY",
                "Kansas City, Missouri           | Kansas City   | MO",
                "Kansas City KS                  | Kansas City   | KS",
                "Washington, DC                  | Washington    | DC",
                "Washington District of Columbia | Washington    | DC",
                "Raleigh North Carolina          | Raleigh       | NC",
                "Charleston West Virginia        | Charleston    | WV",
                "Coeur d'Alene, ID               | Coeur d'Alene | ID",
                "Great Falls MT                  | Great Falls   | MT",
                "Winston-Salem NC                | Winston-Salem | NC",
                "Columbus, OH 43215              | Columbus      | OH",
                "Columbus,,OH                    | Columbus      | OH"
            })
    void resolvesWhatPeopleType(String text, String city, String stateCode) {
        Place place = found(text);

        assertThat(place.city()).isEqualTo(city);
        assertThat(place.state().code()).isEqualTo(stateCode);
    }

    @Test
    void zip43215IsDowntownColumbus() {
        Place place = found("43215");

        assertThat(place.kind()).isEqualTo(PlaceKind.ZIP);
        assertThat(place.zip()).isEqualTo("43215");
        assertThat(place.displayName()).isEqualTo("Columbus, OH 43215");
        assertThat(place.county()).isEqualTo("Franklin");
        assertThat(place.point().latitude()).isCloseTo(39.96, within(0.1));
        assertThat(place.point().longitude()).isCloseTo(-83.0, within(0.1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"43215", "43215-1234", " 43215 ", "\t43215-1234\n", "432151234"})
    void byZipAcceptsZipPlusFourAndBlanks(String zip) {
        assertThat(gazetteer.byZip(zip)).map(Place::zip).hasValue("43215");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4321", "432155", "43215-12", "abcde", "00000"})
    void byZipFindsNothingForOtherText(String zip) {
        assertThat(gazetteer.byZip(zip)).isEmpty();
    }

    @Test
    void citiesAreFoundWithAbbreviationsAndWithoutAccents() {
        assertThat(found("St. Louis, MO"))
                .isEqualTo(found("Saint Louis, MO"))
                .isEqualTo(found("ST LOUIS MO"));
        assertThat(found("San Jose, CA")).isEqualTo(found("San José, CA"));
        assertThat(found("Mt Vernon, OH")).isEqualTo(found("Mount Vernon, Ohio"));
    }

    @Test
    void byCityTakesAStateCodeOrName() {
        assertThat(gazetteer.byCity("columbus", "Ohio"))
                .isEqualTo(gazetteer.byCity("Columbus", "oh"))
                .map(Place::kind)
                .hasValue(PlaceKind.CITY);
        assertThat(gazetteer.byCity("Columbus", "ZZ")).isEmpty();
        assertThat(gazetteer.byCity("Nowhere", "OH")).isEmpty();
        assertThat(gazetteer.byCity(null, null)).isEmpty();
    }

    @Test
    void aCityIsTheMeanOfItsZipsInItsMostCommonCounty() {
        List<Place> zips =
                gazetteer.zipsOf(states.find("MO").orElseThrow()).stream()
                        .filter(zip -> zip.city().equals("Kansas City"))
                        .toList();
        double latitude =
                zips.stream().mapToDouble(zip -> zip.point().latitude()).average().orElseThrow();
        double longitude =
                zips.stream().mapToDouble(zip -> zip.point().longitude()).average().orElseThrow();

        Place city = found("Kansas City, MO");

        assertThat(zips).hasSizeGreaterThan(1);
        assertThat(city.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(city.zip()).isNull();
        assertThat(city.point().latitude()).isCloseTo(latitude, within(1e-9));
        assertThat(city.point().longitude()).isCloseTo(longitude, within(1e-9));
        // Kansas City spans Jackson, Clay and Platte counties; most of its ZIPs are in Jackson.
        assertThat(city.county()).isEqualTo("Jackson");
        assertThat(city.displayName()).isEqualTo("Kansas City, MO");
    }

    @Test
    void aCityAloneAsksForTheState() {
        String reason = notFound("Springfield");

        assertThat(reason)
                .contains("state")
                .isEqualTo("Please add the state, for example \"Springfield, IL\".");
    }

    @Test
    void aStateAloneAsksForACity() {
        // Ohio, IL exists, but someone typing "Ohio" means the state.
        assertThat(notFound("Ohio")).startsWith("Please add a city in Ohio");
        assertThat(notFound("Washington"))
                .isEqualTo("Please add the state, for example \"Washington, DC\".");
        // New York is both; the city of that name is in the state itself, so the city is meant.
        assertThat(notFound("New York"))
                .isEqualTo("Please add the state, for example \"New York, NY\".");
    }

    @Test
    void anUnknownCityInAKnownStateNamesTheState() {
        assertThat(notFound("Xyz, Ohio")).startsWith("We could not find \"Xyz\" in Ohio.");
        assertThat(notFound("Xyz OH")).startsWith("We could not find \"Xyz\" in Ohio.");
    }

    @Test
    void anUnknownStateIsNamed() {
        assertThat(notFound("Columbus, Franklin County"))
                .contains("\"Franklin County\"")
                .contains("\"OH\"");
    }

    @Test
    void aTerritoryWithoutDataSaysSo() {
        assertThat(notFound("San Juan, PR")).contains("Puerto Rico");
    }

    @Test
    void anUnknownZipIsNamedWithAHint() {
        assertThat(notFound("00000"))
                .isEqualTo(
                        "We could not find the ZIP code 00000. Check the five digits, "
                                + "or type a city and state such as \"Columbus, OH\".");
        assertThat(notFound("00000-1234")).contains("00000");
        assertThat(notFound("4321")).contains("five digits");
    }

    @Test
    void textThatIsNoPlaceIsNotFound() {
        assertThat(notFound("zz-not-a-place")).contains("zz-not-a-place").contains("Columbus, OH");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", ",", " , "})
    void blankTextAsksForInput(String text) {
        assertThat(notFound(text)).isEqualTo("Type a ZIP code or a city and state.");
    }

    @Test
    void overlongTextIsRefused() {
        assertThat(notFound("a".repeat(200))).contains("too long");
        assertThat(notFound("43215 " + " ".repeat(50) + "x".repeat(60))).contains("too long");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-",
                "'''",
                "43215-",
                "\u0000",
                "😀 OH",
                "St.",
                ", OH",
                "a,b,c,d",
                "., .",
                "OH OH OH OH",
                "%s%n%d, OH",
                "100% Columbus",
                "ZZ ZZ ZZ",
                "1 2 3",
                "São Paulo, SP",
                "\uD800"
            })
    void oddTextIsNotFoundWithAReasonThatSaysWhatToType(String text) {
        // Whatever a person types gets an answer to show them, never an exception.
        assertThat(notFound(text)).isNotBlank().containsIgnoringCase("type");
    }

    @Test
    void aPercentSignInTheTextIsShownAsTyped() {
        // The text is an argument of the message, never its template.
        assertThat(notFound("%s%n%d, OH")).contains("\"%s%n%d\" in Ohio");
        assertThat(notFound("100% Columbus")).contains("\"100% Columbus\"");
    }

    @Test
    void loadsEveryZipWithAStateOnceInFileOrder() throws IOException {
        // The expectation is worked out from the raw rows, with the rules spelled out here rather
        // than by the parser under test: skip rows without a state code (APO/FPO) or with a code
        // missing from us-states.csv (MH), and keep the first row of a ZIP seen twice.
        List<CSVRecord> raw = rawGeoNamesRows();
        Set<String> expected = new LinkedHashSet<>();
        int withoutState = 0;
        for (CSVRecord row : raw) {
            if (row.get(4).isBlank()) {
                withoutState++;
            } else if (states.find(row.get(4)).isPresent()) {
                expected.add(row.get(1));
            }
        }

        assertThat(withoutState).as("APO/FPO rows in the raw file").isPositive();
        assertThat(expected.size()).isLessThan(raw.size() - withoutState);
        assertThat(gazetteer.allZips()).extracting(Place::zip).containsExactlyElementsOf(expected);
    }

    @Test
    void aZipListedTwiceKeepsItsFirstRow() {
        // 96860 is Pearl Harbor in Hawaii first, and an FPO row with no state later.
        assertThat(gazetteer.byZip("96860"))
                .get()
                .satisfies(
                        place -> {
                            assertThat(place.state().code()).isEqualTo("HI");
                            assertThat(place.city()).isEqualTo("Jbphh");
                        });
    }

    @Test
    void theConstructorKeepsTheFirstOfDuplicateZipsAndSkipsUnknownStates() {
        List<PostalCode> rows =
                List.of(
                        new PostalCode(
                                "43215",
                                "Columbus",
                                "OH",
                                "Franklin",
                                new GeoPoint(39.9671, -83.0044)),
                        new PostalCode(
                                "43215", "Elsewhere", "OH", "Knox", new GeoPoint(40.0, -82.0)),
                        new PostalCode(
                                "96960",
                                "Marshall Islands",
                                "MH",
                                "Marshall Islands",
                                new GeoPoint(7.1, 171.2)));

        Gazetteer small = new Gazetteer(states, rows);

        assertThat(small.allZips()).extracting(Place::city).containsExactly("Columbus");
        assertThat(small.byCity("Elsewhere", "OH")).isEmpty();
    }

    @Test
    void readPostalCodesDropsRowsWithoutAState() throws IOException {
        String tsv =
                "US\t43215\tColumbus\tOhio\tOH\tFranklin\t049\t\t\t39.9671\t-83.0044\t4\n"
                        + "US\t09001\tAPO AA\t\t\t\t\t\t\t38.1105\t15.6613\t\n";

        List<PostalCode> rows = Gazetteer.readPostalCodes(new StringReader(tsv));

        assertThat(rows)
                .containsExactly(
                        new PostalCode(
                                "43215",
                                "Columbus",
                                "OH",
                                "Franklin",
                                new GeoPoint(39.9671, -83.0044)));
    }

    @Test
    void readPostalCodesNamesTheLineOfABrokenRow() {
        String tsv =
                "US\t43215\tColumbus\tOhio\tOH\tFranklin\t049\t\t\t39.9671\t-83.0044\t4\n"
                        + "US\t43216\tColumbus\tOhio\tOH\tFranklin\t049\t\t\tnorth\t-83.0\t4\n";

        assertThatThrownBy(() -> Gazetteer.readPostalCodes(new StringReader(tsv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @ParameterizedTest
    @MethodSource("statesAndDc")
    void everyStateAndDcHasZips(UsState state) {
        assertThat(gazetteer.zipsOf(state))
                .isNotEmpty()
                .allSatisfy(place -> assertThat(place.state()).isEqualTo(state));
    }

    static Stream<UsState> statesAndDc() {
        // The 50 states and DC are the rows with a Census region.
        return UsStates.load().all().stream().filter(state -> state.censusRegion() != null);
    }

    @Test
    void theStatesShareOutEveryZip() {
        int total = states.all().stream().mapToInt(state -> gazetteer.zipsOf(state).size()).sum();

        assertThat(total).isEqualTo(gazetteer.allZips().size());
        assertThat(gazetteer.zipsOf(states.find("PR").orElseThrow())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s, %s", "%s %s"})
    void everyGeoNamesCityCanBeFoundByItsOwnName(String pattern) {
        List<String> missed = new ArrayList<>();
        for (Place zip : gazetteer.allZips()) {
            String text = pattern.formatted(zip.city(), zip.state().code());
            PlaceLookup result = gazetteer.lookup(text);
            if (!(result instanceof PlaceLookup.Found found)
                    || !found.place().state().equals(zip.state())
                    || !PlaceNames.normalize(found.place().city())
                            .equals(PlaceNames.normalize(zip.city()))) {
                missed.add(text);
            }
        }

        assertThat(missed).isEmpty();
    }

    @Test
    void aDisplayedPlaceLooksUpToItself() {
        Place zip = found("43215");
        Place city = found("Saint Louis, MO");

        assertThat(found(zip.displayName())).isEqualTo(zip);
        assertThat(found(city.displayName())).isEqualTo(city);
    }

    @Test
    void suggestsTheBiggestCitiesFirst() {
        List<Place> suggestions = gazetteer.suggest("colu", 5);

        assertThat(suggestions)
                .hasSize(5)
                .allSatisfy(
                        place -> assertThat(PlaceNames.normalize(place.city())).startsWith("colu"));
        assertThat(suggestions.get(0).displayName()).isEqualTo("Columbus, OH");
        List<Integer> zipCounts = suggestions.stream().map(this::zipCount).toList();
        assertThat(zipCounts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void suggestsSaintsForStAndStillTheStWordsMidWord() {
        assertThat(gazetteer.suggest("St. L", 3))
                .first()
                .extracting(Place::displayName)
                .isEqualTo("Saint Louis, MO");
        assertThat(gazetteer.suggest("st", 20))
                .extracting(Place::city)
                .anyMatch(city -> city.startsWith("Saint "))
                .anyMatch(city -> city.startsWith("Stockton"));
        assertThat(gazetteer.suggest("st ", 20))
                .extracting(Place::city)
                .allMatch(city -> city.startsWith("Saint ") || city.startsWith("St "));
    }

    @Test
    void suggestionsAreCapped() {
        assertThat(gazetteer.suggest("s", 1000)).hasSize(Gazetteer.MAX_SUGGESTIONS);
        assertThat(gazetteer.suggest("s", 0)).isEmpty();
        assertThat(gazetteer.suggest("", 10)).isEmpty();
        assertThat(gazetteer.suggest(null, 10)).isEmpty();
        assertThat(gazetteer.suggest("zzzz", 10)).isEmpty();
    }

    @Test
    void theListsCannotBeChanged() {
        List<Place> all = gazetteer.allZips();

        assertThatCode(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theAttributionNamesSourceAndLicence() {
        assertThat(GeoNames.ATTRIBUTION)
                .contains("GeoNames")
                .contains("geonames.org")
                .contains("CC BY 4.0");
    }

    private int zipCount(Place city) {
        return (int)
                gazetteer.zipsOf(city.state()).stream()
                        .filter(
                                zip ->
                                        PlaceNames.normalize(zip.city())
                                                .equals(PlaceNames.normalize(city.city())))
                        .count();
    }

    private static Place found(String text) {
        PlaceLookup result = gazetteer.lookup(text);
        assertThat(result).as("lookup of %s", text).isInstanceOf(PlaceLookup.Found.class);
        return ((PlaceLookup.Found) result).place();
    }

    private static String notFound(String text) {
        PlaceLookup result = gazetteer.lookup(text);
        assertThat(result).as("lookup of %s", text).isInstanceOf(PlaceLookup.NotFound.class);
        return ((PlaceLookup.NotFound) result).reason();
    }

    private static List<CSVRecord> rawGeoNamesRows() throws IOException {
        CSVFormat tsv = CSVFormat.TDF.builder().setQuote(null).get();
        try (Reader in =
                        new BufferedReader(
                                new InputStreamReader(
                                        new GZIPInputStream(
                                                resource(Gazetteer.POSTAL_CODES_RESOURCE)),
                                        StandardCharsets.UTF_8));
                CSVParser parser = tsv.parse(in)) {
            return parser.getRecords();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
