package org.opentreatment.directory.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.GeoPoint;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.geo.PlaceKind;
import org.opentreatment.directory.search.FilterFlag;
import org.opentreatment.directory.search.FilterGroup;
import org.opentreatment.directory.search.SearchLimits;
import org.opentreatment.directory.search.SearchOrder;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.shared.Text;
import org.opentreatment.directory.web.search.SearchParameters.CheckedSearch;

/** The search contract, read from query strings as the page and the API receive them. */
class SearchParametersTest {

    // Loaded once: both are immutable or thread-safe, so sharing cannot couple the tests.
    private static Gazetteer gazetteer;
    private static ValidatorFactory validation;
    private static Validator validator;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    /** A query string as a browser or a program sends it, decoded as servers decode it. */
    static SearchParameters parameters(String query) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            map.computeIfAbsent(decode(nameAndValue[0]), n -> new ArrayList<>())
                    .add(nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
        }
        return SearchParameters.of(map);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static CheckedSearch check(String query) {
        return parameters(query).check(validator, gazetteer);
    }

    static SearchQuery valid(String query) {
        CheckedSearch checked = check(query);
        assertThat(checked.problems()).as(query).isEmpty();
        assertThat(checked.query()).isNotNull();
        return checked.query();
    }

    /** Refused with exactly one problem, on this parameter; returns its message. */
    static String refusedOn(String query, String parameter) {
        CheckedSearch checked = check(query);
        assertThat(checked.valid()).as(query).isFalse();
        assertThat(checked.query()).isNull();
        assertThat(checked.problems())
                .as(query)
                .extracting(ParameterProblem::parameter)
                .containsExactly(parameter);
        return checked.problems().get(0).message();
    }

    @Test
    void noParametersIsAnEmptyPageAndOneFilterAloneASearchWithDefaults() {
        assertThat(parameters("").isEmpty()).isTrue();
        assertThat(parameters("lang=es").isEmpty()).isTrue();
        SearchQuery query = valid("otp=false");

        assertThat(query.hasCenter()).isFalse();
        assertThat(query.radiusMiles()).isEqualTo(SearchLimits.DEFAULT_RADIUS_MILES);
        assertThat(query.filters()).isEmpty();
        assertThat(query.dualDiagnosis()).isFalse();
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(SearchLimits.DEFAULT_PAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=detox", "state=OH", "city=Columbus", "medication=BU", "otp=false"})
    void aPlaceKeywordsOrAFilterAloneIsASearch(String query) {
        assertThat(parameters(query).isEmpty()).isFalse();
        valid(query);
    }

    // Nothing narrows these: they would list the whole country, so the place is asked for.
    @ParameterizedTest
    @ValueSource(strings = {"radius=25", "page=1", "size=5", "sort=name", "facets=true&lang=es"})
    void onlyARadiusAnOrderOrAPageIsAProblemOnThePlace(String query) {
        assertThat(parameters(query).isEmpty()).isFalse();
        assertThat(refusedOn(query, "near"))
                .isEqualTo(Text.of(SearchParameters.NOTHING_ASKED).english());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utm_source=x", "foo=bar&baz=", "near=", "near=%20%20&q="})
    void unknownOrBlankParametersAreNothingAsked(String query) {
        assertThat(parameters(query).isEmpty()).isTrue();
    }

    // Location

    @Test
    void nearAZipCentresOnThatZip() {
        CheckedSearch checked = check("near=43215");

        Place place = checked.place();
        assertThat(place.kind()).isEqualTo(PlaceKind.ZIP);
        assertThat(place.zip()).isEqualTo("43215");
        assertThat(place.state().code()).isEqualTo("OH");
        assertThat(checked.query().center()).isEqualTo(place.point());
        // Downtown Columbus is near 39.96 N, 83.00 W.
        assertThat(checked.query().center().latitude()).isCloseTo(39.96, within(0.1));
        assertThat(checked.query().center().longitude()).isCloseTo(-83.00, within(0.1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Columbus%2C+OH", "columbus+ohio", "++Columbus%2C+Ohio++"})
    void nearACityCentresOnThatCity(String near) {
        CheckedSearch checked = check("near=" + near);

        assertThat(checked.place().kind()).isEqualTo(PlaceKind.CITY);
        assertThat(checked.place().city()).isEqualTo("Columbus");
        assertThat(checked.query().center()).isEqualTo(checked.place().point());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis%2C+OH", "Columbus%2C+ZZ", "00000", "1234", "Nowhereville"})
    void unknownPlaceIsAProblemOnNear(String near) {
        assertThat(refusedOn("near=" + near, "near")).isNotBlank();
        assertThat(check("near=" + near).place()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"near=43215&lat=39.96", "near=43215&lon=-83", "near=43215&lat=1&lon=2"})
    void nearTogetherWithCoordinatesIsAProblemOnNear(String query) {
        assertThat(refusedOn(query, "near")).contains("not both");
    }

    @Test
    void oneCoordinateWithoutTheOtherIsAProblemOnTheMissingOne() {
        refusedOn("lat=39.96", "lon");
        refusedOn("lon=-83.0", "lat");
    }

    @ParameterizedTest
    @CsvSource({"39.96, -83.0", "90, 180", "-90, -180", "'+39.96+', '+-83.0+'", "0, 0"})
    void coordinatesInRangeGiveTheCentre(String lat, String lon) {
        SearchQuery query = valid("lat=" + lat + "&lon=" + lon);

        assertThat(query.center())
                .isEqualTo(
                        new GeoPoint(
                                Double.parseDouble(decode(lat).strip()),
                                Double.parseDouble(decode(lon).strip())));
    }

    @ParameterizedTest
    @CsvSource({
        "91, -83.0, lat",
        "-90.5, -83.0, lat",
        "north, -83.0, lat",
        "NaN, -83.0, lat",
        "Infinity, -83.0, lat",
        "1e400, -83.0, lat",
        "39.96, 181, lon",
        "39.96, -180.01, lon",
        "39.96, west, lon",
        "39.96, '1%2C5', lon"
    })
    void coordinatesOutOfRangeOrNotNumbersAreProblemsOnTheirParameter(
            String lat, String lon, String parameter) {
        assertThat(refusedOn("lat=" + lat + "&lon=" + lon, parameter))
                .contains(parameter.equals("lat") ? "latitude" : "longitude");
    }

    @Test
    void bothCoordinatesWrongGiveAProblemForEach() {
        assertThat(check("lat=100&lon=200").problems())
                .extracting(ParameterProblem::parameter)
                .containsExactly("lat", "lon");
    }

    // Radius

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 25, 100, 500})
    void radiusFrom1To500MilesIsAccepted(int radius) {
        assertThat(valid("near=43215&radius=" + radius).radiusMiles()).isEqualTo(radius);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "ten", "-5", "2.5", "1e2", "99999999999", "%2B5"})
    void radiusOutsideTheRangeIsAProblemOnRadiusNamingItsLimits(String radius) {
        assertThat(refusedOn("near=43215&radius=" + radius, "radius"))
                .contains("\"" + decode(radius) + "\"")
                .contains(
                        "from "
                                + SearchLimits.MIN_RADIUS_MILES
                                + " to "
                                + SearchLimits.MAX_RADIUS_MILES);
    }

    @Test
    void radiusDefaultsTo25MilesAndWithoutAPlaceIsIgnored() {
        assertThat(valid("near=43215").radiusMiles()).isEqualTo(25);
        assertThat(valid("radius=50&state=OH").hasCenter()).isFalse();
    }

    // Filter groups

    static Stream<Arguments> medicationsPeopleSend() {
        return Stream.of(
                Arguments.of("medication=BU", EnumSet.of(Medication.BUPRENORPHINE)),
                Arguments.of("medication=bu", EnumSet.of(Medication.BUPRENORPHINE)),
                Arguments.of("medication=buprenorphine", EnumSet.of(Medication.BUPRENORPHINE)),
                Arguments.of("medication=Methadone", EnumSet.of(Medication.METHADONE)),
                Arguments.of(
                        "medication=MU,NU",
                        EnumSet.of(Medication.METHADONE, Medication.NALTREXONE)),
                Arguments.of(
                        "medication=+mu+,+bu+,",
                        EnumSet.of(Medication.METHADONE, Medication.BUPRENORPHINE)),
                Arguments.of(
                        "medication=MU&medication=NU",
                        EnumSet.of(Medication.METHADONE, Medication.NALTREXONE)),
                Arguments.of(
                        "medication=BU&medication=bu&medication=buprenorphine",
                        EnumSet.of(Medication.BUPRENORPHINE)),
                Arguments.of("medication=MU,BU&medication=NU", EnumSet.allOf(Medication.class)));
    }

    @ParameterizedTest
    @MethodSource("medicationsPeopleSend")
    void filterValuesAreReadByCodeOrNameInAnyCaseRepeatedOrCommaSeparated(
            String query, Set<Medication> expected) {
        assertThat(valid(query).filters())
                .containsExactly(Map.entry(FilterGroup.MEDICATION, Set.copyOf(expected)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "medication=XX                 | XX",
                // Naloxone reverses an overdose; it is not a medication for opioid use disorder.
                "medication=naloxone           | naloxone",
                "medication=BU,suboxone        | suboxone",
                "medication=XX&medication=MU&medication=YY | XX, YY"
            })
    void unknownFilterValuesAreOneProblemNamingEachBadValueAndTheKnownOnes(
            String query, String bad) {
        assertThat(refusedOn(query, "medication"))
                .contains("Unknown medication " + bad + ".")
                .contains("MU (methadone)", "BU (buprenorphine)", "NU (naltrexone)");
    }

    @Test
    void moreValuesThanAnyVocabularyHasAreRefusedWithoutEchoingThem() {
        String many = String.join(",", Collections.nCopies(30_000, "BU"));

        String message = refusedOn("medication=" + many, "medication");

        assertThat(message)
                .isEqualTo(
                        "Choose at most "
                                + SearchLimits.MAX_FILTER_VALUES
                                + " values of medication.");
    }

    @Test
    void manyUnknownValuesAreNamedOnlyInPart() {
        String message = refusedOn("medication=A1,A2,A3,A4,A5,A6,A7", "medication");

        assertThat(message).contains("A1, A2, A3, A4, A5, …").doesNotContain("A6");
    }

    // State and city

    @ParameterizedTest
    @ValueSource(strings = {"OH", "oh", "Ohio", "OHIO", "+ohio+"})
    void stateByCodeOrNameIsItsCode(String state) {
        assertThat(valid("state=" + state).state()).isEqualTo("OH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "Narnia", "O"})
    void unknownStateIsAProblemOnStateEchoingIt(String state) {
        assertThat(refusedOn("state=" + state, "state")).startsWith("\"" + state + "\"");
    }

    @Test
    void cityUpToItsLimitIsKept() {
        String longest = "c".repeat(SearchLimits.MAX_CITY_LENGTH);

        assertThat(valid("city=" + longest).city()).isEqualTo(longest);
        assertThat(refusedOn("city=" + longest + "c", "city"))
                .contains("longer than " + SearchLimits.MAX_CITY_LENGTH);
    }

    // Dual diagnosis

    @ParameterizedTest
    @CsvSource({"true, true", "TRUE, true", "True, true", "false, false", "FALSE, false"})
    void dualDiagnosisIsTrueOrFalseInAnyCase(String value, boolean expected) {
        assertThat(valid("dualDiagnosis=" + value).dualDiagnosis()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "yes", "1", "on"})
    void dualDiagnosisOtherThanTrueOrFalseIsAProblem(String value) {
        assertThat(refusedOn("dualDiagnosis=" + value, "dualDiagnosis")).contains("true or false");
    }

    // Paging

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void pageSizeUpToItsLimitIsAccepted(int size) {
        assertThat(valid("state=OH&size=" + size).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "twenty"})
    void pageSizeOutsideTheRangeIsAProblemOnSize(String size) {
        assertThat(refusedOn("state=OH&size=" + size, "size"))
                .contains("1 to " + SearchLimits.MAX_PAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "one", "1.5", "99999999999"})
    void negativeOrNonNumericPageIsAProblemOnPage(String page) {
        refusedOn("state=OH&page=" + page, "page");
    }

    // A page p of size s shows results p*s+1 .. p*s+s; the last one must lie within the window.
    @ParameterizedTest
    @CsvSource({"100, 100", "20, 500", "1, 10000", "100, 999999999"})
    void pageBeyondTheResultWindowIsAProblemOnPage(int size, int page) {
        assertThat(refusedOn("state=OH&size=" + size + "&page=" + page, "page")).contains("10,000");
    }

    @ParameterizedTest
    @CsvSource({"100, 99", "20, 499", "1, 9999"})
    void lastPageInsideTheResultWindowIsAccepted(int size, int page) {
        SearchQuery query = valid("state=OH&size=" + size + "&page=" + page);

        assertThat(query.page()).isEqualTo(page);
        assertThat(query.withinResultWindow()).isTrue();
    }

    @Test
    void theWindowUsesTheDefaultPageSizeWhenNoneIsGiven() {
        int lastPage = SearchLimits.MAX_RESULT_WINDOW / SearchLimits.DEFAULT_PAGE_SIZE - 1;

        valid("q=detox&page=" + lastPage);
        refusedOn("q=detox&page=" + (lastPage + 1), "page");
    }

    // Keywords

    @Test
    void keywordsUpToTheirLimitAreKeptStripped() {
        String longest = "k".repeat(SearchLimits.MAX_KEYWORD_LENGTH);

        assertThat(valid("q=" + longest).keywords()).isEqualTo(longest);
        assertThat(valid("q=++suboxone+rehab+").keywords()).isEqualTo("suboxone rehab");
        assertThat(refusedOn("q=" + longest + "k", "q"))
                .contains("longer than " + SearchLimits.MAX_KEYWORD_LENGTH);
    }

    @Test
    void moreWordsThanTheLimitAreAProblemOnQ() {
        String twelve = String.join("+", Collections.nCopies(SearchLimits.MAX_KEYWORDS, "w"));

        valid("q=" + twelve);
        assertThat(refusedOn("q=" + twelve + "+w", "q"))
                .contains("at most " + SearchLimits.MAX_KEYWORDS + " words");
    }

    // What keywords may cost

    @ParameterizedTest
    @ValueSource(strings = {"*", "a*", "ab*", "%22x*%22", "-b*"})
    void aPrefixNeedsThreeLettersBeforeTheStar(String q) {
        assertThat(refusedOn("q=" + q, "q"))
                .contains("at least " + SearchLimits.MIN_PREFIX_LENGTH + " letters before *");
    }

    @Test
    void atMostTwoPrefixesAndAFewSigns() {
        valid("q=suboxo*+metha*");
        valid("q=%22sober+living%22+%7C+detox+-rehab");
        valid("q=co-occurring+dual-diagnosis");
        assertThat(refusedOn("q=sub*+met*+nal*", "q"))
                .contains("at most " + SearchLimits.MAX_PREFIX_WORDS + " times");
        assertThat(refusedOn("q=a%7Cb%7Cc%7Cd%7Ce%7Cf%7Cg%7Ch%7Ci%7Cj", "q"))
                .contains("at most " + SearchLimits.MAX_KEYWORD_OPERATORS + " of the signs");
    }

    // Repeated single values

    @ParameterizedTest
    @ValueSource(
            strings = {
                "near=43215&near=10001",
                "q=a&q=b",
                "page=1&page=1&state=OH",
                "radius=5&radius=10&near=43215"
            })
    void aSingleValuedParameterGivenTwiceIsAProblem(String query) {
        String name = query.substring(0, query.indexOf('='));

        assertThat(refusedOn(query, name)).isEqualTo("Give " + name + " only once.");
    }

    // Several problems at once

    @Test
    void everyBadParameterIsReportedOnceInParameterOrder() {
        CheckedSearch checked =
                check(
                        "size=0&page=-1&q="
                                + "k".repeat(201)
                                + "&medication=XX,YY&dualDiagnosis=maybe&city="
                                + "c".repeat(101)
                                + "&state=Narnia&radius=0&near=Atlantis%2C+ZZ");

        assertThat(checked.query()).isNull();
        assertThat(checked.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactly(
                        "near",
                        "radius",
                        "state",
                        "city",
                        "dualDiagnosis",
                        "medication",
                        "q",
                        "page",
                        "size");
    }

    // What a person reads

    @ParameterizedTest
    @ValueSource(
            strings = {
                "near=Atlantis%2C+OH",
                "near=43215&lat=1",
                "lat=1e400&lon=x",
                "lat=1",
                "radius=%00",
                "state=%F0%9F%98%80",
                "dualDiagnosis=null",
                "medication=a,b,,c&medication=%C3%A9",
                "size=NaN",
                "page=2147483648",
                "page=9999&size=100"
            })
    void everyProblemIsPlainWordsForAPerson(String query) {
        CheckedSearch checked = check(query);

        assertThat(checked.valid()).isFalse();
        assertThat(checked.problems())
                .isNotEmpty()
                .allSatisfy(
                        p -> {
                            assertThat(p.parameter()).isNotBlank();
                            assertThat(p.message()).isNotBlank().doesNotContain("Exception");
                        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"radius", "near", "q", "city", "state", "lat"})
    void longInputIsNeverEchoedWhole(String parameter) {
        String typed = "9".repeat(400);

        CheckedSearch checked =
                check(parameter + "=" + typed + ("lat".equals(parameter) ? "&lon=1" : ""));

        assertThat(checked.problems())
                .allSatisfy(
                        p -> assertThat(p.message()).doesNotContain(typed).hasSizeLessThan(300));
    }

    // Writing a search back as a link

    @Test
    void aSearchWritesItselfBackAsTheSameSearch() {
        String query =
                "near=Columbus%2C+OH&radius=50&state=OH&dualDiagnosis=true&medication=BU&medication=MU&q=suboxone+rehab&page=2&size=10";

        SearchParameters read = parameters(query);
        SearchParameters again = parameters(read.toQueryString().substring(1));

        assertThat(again).isEqualTo(read);
        assertThat(again.check(validator, gazetteer).query())
                .isEqualTo(read.check(validator, gazetteer).query());
    }

    @Test
    void linksListParametersInOneOrderAndLeaveBlanksAndUnknownsOut() {
        assertThat(
                        parameters("q=detox&utm_source=x&medication=BU&near=43215&state=")
                                .toQueryString())
                .isEqualTo("?near=43215&medication=BU&q=detox");
        assertThat(parameters("").toQueryString()).isEmpty();
    }

    @Test
    void anotherPageKeepsEverythingElse() {
        SearchParameters first = parameters("near=43215&page=3&size=5");

        assertThat(first.withPage(4).toQueryString()).isEqualTo("?near=43215&page=4&size=5");
        assertThat(first.withPage(0).toQueryString()).isEqualTo("?near=43215&size=5");
    }

    @Test
    void itsTextNeverShowsWhatWasSearched() {
        assertThat(parameters("near=43215&q=heroin").toString())
                .doesNotContain("43215")
                .doesNotContain("heroin");
    }

    // The whole vocabulary, flags, orders and the whole state

    @Test
    void everyFilterGroupIsReadFromItsOwnParameter() {
        SearchQuery query =
                valid("near=43215&typeOfCare=DT&setting=RES,OP&payment=MD&language=SP&age=ADLT");

        assertThat(query.filters().keySet())
                .containsExactlyInAnyOrder(
                        FilterGroup.TYPE_OF_CARE,
                        FilterGroup.SETTING,
                        FilterGroup.PAYMENT,
                        FilterGroup.LANGUAGE,
                        FilterGroup.AGE);
        assertThat(query.filters().get(FilterGroup.SETTING)).hasSize(2);
    }

    @Test
    void flagsAreTrueOrFalseAndOnlyTrueFilters() {
        SearchQuery query = valid("near=43215&otp=true&accepting=TRUE&dualDiagnosis=false");

        assertThat(query.flags())
                .containsExactlyInAnyOrder(
                        FilterFlag.OPIOID_TREATMENT_PROGRAM, FilterFlag.ACCEPTING_NEW_PATIENTS);
        assertThat(refusedOn("near=43215&accepting=yes", "accepting")).contains("true or false");
    }

    @Test
    void theOrderIsAskedOrFollowsTheSearch() {
        assertThat(valid("near=43215").order()).isEqualTo(SearchOrder.DISTANCE);
        assertThat(valid("q=detox").order()).isEqualTo(SearchOrder.RELEVANCE);
        assertThat(valid("state=OH").order()).isEqualTo(SearchOrder.NAME);
        assertThat(valid("near=43215&sort=NAME").order()).isEqualTo(SearchOrder.NAME);
        // An order that cannot apply gives way to the usual one.
        assertThat(valid("state=OH&sort=distance").order()).isEqualTo(SearchOrder.NAME);
        assertThat(refusedOn("near=43215&sort=cheapest", "sort")).contains("distance, name");
    }

    @Test
    void theWholeStateKeepsToThePlacesStateWithoutADistance() {
        SearchQuery query = valid("near=Columbus%2C+OH&radius=state");

        assertThat(query.state()).isEqualTo("OH");
        assertThat(query.hasCenter()).isTrue();
        assertThat(query.hasRadius()).isFalse();
        assertThat(refusedOn("q=detox&radius=state", "radius"))
                .isEqualTo(Text.of(SearchParameters.WHOLE_STATE_NEEDS_PLACE).english());
    }

    @Test
    void linksChangeOneThingAndKeepTheRestAndTheLanguage() {
        SearchParameters search =
                parameters("near=43215&medication=BU,MU&otp=true&q=detox&page=2&lang=es");

        assertThat(search.without(FilterGroup.MEDICATION, Medication.BUPRENORPHINE).toQueryString())
                .isEqualTo("?near=43215&otp=true&medication=MU&q=detox&lang=es");
        assertThat(search.withoutFilters().toQueryString())
                .isEqualTo("?near=43215&q=detox&lang=es");
        assertThat(search.with(SearchParameters.SORT, List.of("name")).toQueryString())
                .isEqualTo("?near=43215&otp=true&medication=BU%2CMU&q=detox&sort=name&lang=es");
    }

    // In the page's language

    @Test
    void problemsAreSaidInSpanishOnSpanishPagesAndInEnglishByTheApi() {
        CheckedSearch checked = check("near=Nowhereville%2C+ZZ&radius=ten&sort=cheapest");
        java.util.Locale spanish = new java.util.Locale("es");

        assertThat(checked.problems())
                .extracting(p -> p.message(spanish))
                .containsExactly(
                        "No encontramos el estado \"ZZ\". Escriba su código de dos letras, como"
                                + " \"OH\", o su nombre completo, como \"Ohio\".",
                        "\"ten\" no es válido aquí. La distancia es en millas, de 1 a 500, o state"
                                + " para todo el estado del lugar.",
                        "\"cheapest\" no es válido aquí. Ordene por distancia, nombre o relevancia.");
        assertThat(checked.problems().get(1).message())
                .isEqualTo(
                        "\"ten\" is not allowed here. The radius is in miles, from 1 to 500, or state"
                                + " for the place's whole state.");
    }
}
