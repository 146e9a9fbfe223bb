package org.opentreatment.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

class SearchRequestTest {

    // Loaded once: the gazetteer is immutable, so sharing it cannot couple the tests.
    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    /** Raw parameters as a URL would carry them; unset ones stay null. */
    private static final class Params {
        private String near;
        private String lat;
        private String lon;
        private String radius;
        private String state;
        private String city;
        private String dualDiagnosis;
        private final List<String> medication = new ArrayList<>();
        private String q;
        private String page;
        private String size;

        Params near(String value) {
            near = value;
            return this;
        }

        Params lat(String value) {
            lat = value;
            return this;
        }

        Params lon(String value) {
            lon = value;
            return this;
        }

        Params radius(String value) {
            radius = value;
            return this;
        }

        Params state(String value) {
            state = value;
            return this;
        }

        Params city(String value) {
            city = value;
            return this;
        }

        Params dualDiagnosis(String value) {
            dualDiagnosis = value;
            return this;
        }

        Params medication(String... values) {
            medication.addAll(Arrays.asList(values));
            return this;
        }

        Params q(String value) {
            q = value;
            return this;
        }

        Params page(String value) {
            page = value;
            return this;
        }

        Params size(String value) {
            size = value;
            return this;
        }

        SearchRequest parse() {
            return SearchRequest.parse(
                    new SearchParameters(
                            near,
                            lat,
                            lon,
                            radius,
                            state,
                            city,
                            dualDiagnosis,
                            medication,
                            q,
                            page,
                            size),
                    gazetteer);
        }
    }

    private static Params params() {
        return new Params();
    }

    private static SearchQuery validQuery(Params params) {
        SearchRequest request = params.parse();
        assertThat(request.problems()).isEmpty();
        assertThat(request.valid()).isTrue();
        assertThat(request.query()).isNotNull();
        return request.query();
    }

    /** Asserts the request was refused with exactly one problem, on this parameter. */
    private static SearchRequest refusedOn(Params params, String parameter) {
        SearchRequest request = params.parse();
        assertThat(request.valid()).isFalse();
        assertThat(request.query()).isNull();
        assertThat(request.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactly(parameter);
        return request;
    }

    private static ParameterProblem singleProblem(Params params, String parameter) {
        return refusedOn(params, parameter).problems().get(0);
    }

    @Test
    void noParametersIsAValidSearchWithDefaults() {
        SearchRequest request = params().parse();

        assertThat(request.valid()).isTrue();
        assertThat(request.placeFound()).isEmpty();
        SearchQuery query = request.query();
        assertThat(query).isNotNull();
        assertThat(query.hasCenter()).isFalse();
        assertThat(query.radiusMiles()).isEqualTo(25);
        assertThat(query.medications()).isEmpty();
        assertThat(query.dualDiagnosis()).isFalse();
        assertThat(query.state()).isNull();
        assertThat(query.keywords()).isNull();
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(SearchQuery.DEFAULT_PAGE_SIZE);
    }

    @Test
    void emptyParametersRecordIsAValidSearch() {
        SearchRequest request = SearchRequest.parse(SearchParameters.empty(), gazetteer);

        assertThat(request.valid()).isTrue();
        assertThat(request.query()).isNotNull();
    }

    // Location

    @Test
    void nearAZipCentresOnThatZip() {
        SearchRequest request = params().near("43215").parse();

        assertThat(request.problems()).isEmpty();
        Place place = request.placeFound().orElseThrow();
        assertThat(place.kind()).isEqualTo(PlaceKind.ZIP);
        assertThat(place.zip()).isEqualTo("43215");
        assertThat(place.city()).isEqualTo("Columbus");
        assertThat(place.state().code()).isEqualTo("OH");
        assertThat(request.query().center()).isEqualTo(place.point());
        // Downtown Columbus is near 39.96 N, 83.00 W.
        assertThat(request.query().center().latitude()).isCloseTo(39.96, within(0.1));
        assertThat(request.query().center().longitude()).isCloseTo(-83.00, within(0.1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Columbus, OH", "columbus ohio", "  Columbus, Ohio  "})
    void nearACityCentresOnThatCity(String near) {
        SearchRequest request = params().near(near).parse();

        assertThat(request.problems()).isEmpty();
        Place place = request.placeFound().orElseThrow();
        assertThat(place.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(place.city()).isEqualTo("Columbus");
        assertThat(place.state().code()).isEqualTo("OH");
        assertThat(request.query().center()).isEqualTo(place.point());
        assertThat(request.query().center().latitude()).isCloseTo(39.96, within(0.25));
        assertThat(request.query().center().longitude()).isCloseTo(-83.00, within(0.25));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis, OH", "Columbus, ZZ", "00000", "1234", "Nowhereville"})
    void unknownPlaceIsAProblemOnNear(String near) {
        assertThat(refusedOn(params().near(near), "near").placeFound()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"39.96, null", "null, -83.0", "39.96, -83.0"})
    void nearTogetherWithCoordinatesIsAProblemOnNear(String lat, String lon) {
        SearchRequest request = refusedOn(params().near("43215").lat(lat).lon(lon), "near");

        assertThat(request.placeFound()).isEmpty();
    }

    @Test
    void latitudeWithoutLongitudeIsAProblemOnLon() {
        refusedOn(params().lat("39.96"), "lon");
    }

    @Test
    void longitudeWithoutLatitudeIsAProblemOnLat() {
        refusedOn(params().lon("-83.0"), "lat");
    }

    @ParameterizedTest
    @CsvSource({"39.96, -83.0", "90, 180", "-90, -180", "' 39.96 ', ' -83.0 '", "0, 0"})
    void coordinatesInRangeGiveTheCentre(String lat, String lon) {
        SearchQuery query = validQuery(params().lat(lat).lon(lon));

        assertThat(query.center())
                .isEqualTo(
                        new GeoPoint(
                                Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip())));
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
        "39.96, '1,5', lon"
    })
    void coordinatesOutOfRangeOrNotNumbersAreProblemsOnTheirParameter(
            String lat, String lon, String parameter) {
        ParameterProblem problem = singleProblem(params().lat(lat).lon(lon), parameter);

        assertThat(problem.message()).contains(parameter.equals("lat") ? "latitude" : "longitude");
    }

    @Test
    void bothCoordinatesWrongGivesAProblemForEach() {
        SearchRequest request = params().lat("100").lon("200").parse();

        assertThat(request.query()).isNull();
        assertThat(request.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactlyInAnyOrder("lat", "lon");
    }

    // Radius

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 25, 100, 500})
    void radiusFrom1To500MilesIsAccepted(int radius) {
        assertThat(validQuery(params().near("43215").radius(String.valueOf(radius))).radiusMiles())
                .isEqualTo(radius);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "ten", "-5", "2.5", "99999999999"})
    void radiusOutsideTheRangeIsAProblemOnRadius(String radius) {
        ParameterProblem problem = singleProblem(params().near("43215").radius(radius), "radius");

        assertThat(problem.message()).contains(radius);
    }

    @Test
    void radiusDefaultsTo25Miles() {
        assertThat(validQuery(params().near("43215")).radiusMiles()).isEqualTo(25);
    }

    // Medications

    static Stream<Arguments> medicationsPeopleSend() {
        return Stream.of(
                Arguments.of(List.of("BU"), EnumSet.of(Medication.BUPRENORPHINE)),
                Arguments.of(List.of("bu"), EnumSet.of(Medication.BUPRENORPHINE)),
                Arguments.of(List.of("buprenorphine"), EnumSet.of(Medication.BUPRENORPHINE)),
                Arguments.of(List.of("Methadone"), EnumSet.of(Medication.METHADONE)),
                Arguments.of(List.of("NALTREXONE"), EnumSet.of(Medication.NALTREXONE)),
                Arguments.of(
                        List.of("MU,NU"), EnumSet.of(Medication.METHADONE, Medication.NALTREXONE)),
                Arguments.of(
                        List.of(" mu , bu ,"),
                        EnumSet.of(Medication.METHADONE, Medication.BUPRENORPHINE)),
                Arguments.of(
                        List.of("MU", "NU"),
                        EnumSet.of(Medication.METHADONE, Medication.NALTREXONE)),
                Arguments.of(
                        List.of("BU", "bu", "buprenorphine"), EnumSet.of(Medication.BUPRENORPHINE)),
                Arguments.of(List.of("MU,BU", "NU"), EnumSet.allOf(Medication.class)),
                Arguments.of(List.of("", " "), EnumSet.noneOf(Medication.class)));
    }

    @ParameterizedTest
    @MethodSource("medicationsPeopleSend")
    void medicationsAreReadByCodeOrNameInAnyCase(List<String> values, Set<Medication> expected) {
        SearchQuery query = validQuery(params().medication(values.toArray(String[]::new)));

        assertThat(query.medications()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource
    void unknownMedicationsAreOneProblemNamingEachBadValue(List<String> values, List<String> bad) {
        ParameterProblem problem =
                singleProblem(params().medication(values.toArray(String[]::new)), "medication");

        assertThat(problem.message()).contains(bad).contains("MU", "BU", "NU");
    }

    static Stream<Arguments> unknownMedicationsAreOneProblemNamingEachBadValue() {
        return Stream.of(
                Arguments.of(List.of("XX"), List.of("XX")),
                // Naloxone reverses an overdose; it is not a medication for opioid use disorder.
                Arguments.of(List.of("naloxone"), List.of("naloxone")),
                Arguments.of(List.of("BU,suboxone"), List.of("suboxone")),
                Arguments.of(List.of("XX", "MU", "YY"), List.of("XX", "YY")));
    }

    // State

    @ParameterizedTest
    @ValueSource(strings = {"OH", "oh", "Ohio", "OHIO", " ohio "})
    void stateByCodeOrNameIsItsCode(String state) {
        assertThat(validQuery(params().state(state)).state()).isEqualTo("OH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "Narnia", "O"})
    void unknownStateIsAProblemOnState(String state) {
        ParameterProblem problem = singleProblem(params().state(state), "state");

        assertThat(problem.message()).contains(state);
    }

    // City

    @Test
    void cityOver100CharactersIsAProblemOnCity() {
        assertThat(validQuery(params().city("c".repeat(100))).city()).isEqualTo("c".repeat(100));
        refusedOn(params().city("c".repeat(101)), "city");
    }

    // Dual diagnosis

    @ParameterizedTest
    @CsvSource({"true, true", "TRUE, true", "True, true", "false, false", "FALSE, false"})
    void dualDiagnosisIsTrueOrFalseInAnyCase(String value, boolean expected) {
        assertThat(validQuery(params().dualDiagnosis(value)).dualDiagnosis()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "yes", "1", "on"})
    void dualDiagnosisOtherThanTrueOrFalseIsAProblem(String value) {
        refusedOn(params().dualDiagnosis(value), "dualDiagnosis");
    }

    // Paging

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void pageSizeFrom1To100IsAccepted(int size) {
        assertThat(validQuery(params().size(String.valueOf(size))).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "twenty"})
    void pageSizeOutsideTheRangeIsAProblemOnSize(String size) {
        refusedOn(params().size(size), "size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "one", "1.5", "99999999999"})
    void negativeOrNonNumericPageIsAProblemOnPage(String page) {
        refusedOn(params().page(page), "page");
    }

    @Test
    void pagesAreCountedFromZero() {
        assertThat(validQuery(params().page("0")).page()).isZero();
        assertThat(validQuery(params().page("3")).page()).isEqualTo(3);
    }

    // A page p of size s shows results p*s+1 .. p*s+s; the last one must lie within the window.
    @ParameterizedTest
    @CsvSource({"100, 100", "20, 500", "1, 10000", "100, 2147483647"})
    void pageBeyondTheResultWindowIsAProblemOnPage(int size, int page) {
        ParameterProblem problem =
                singleProblem(
                        params().size(String.valueOf(size)).page(String.valueOf(page)), "page");

        assertThat(problem.message()).contains("10,000");
    }

    @ParameterizedTest
    @CsvSource({"100, 99", "20, 499", "1, 9999"})
    void lastPageInsideTheResultWindowIsAccepted(int size, int page) {
        SearchQuery query =
                validQuery(params().size(String.valueOf(size)).page(String.valueOf(page)));

        assertThat(query.page()).isEqualTo(page);
        assertThat(query.withinResultWindow()).isTrue();
    }

    @Test
    void theWindowUsesTheDefaultPageSizeWhenNoneIsGiven() {
        int lastPage = SearchQuery.MAX_RESULT_WINDOW / SearchQuery.DEFAULT_PAGE_SIZE - 1;

        validQuery(params().page(String.valueOf(lastPage)));
        refusedOn(params().page(String.valueOf(lastPage + 1)), "page");
    }

    // Keywords

    @Test
    void keywordsOver200CharactersAreAProblemOnQ() {
        assertThat(validQuery(params().q("k".repeat(200))).keywords()).isEqualTo("k".repeat(200));
        refusedOn(params().q("k".repeat(201)), "q");
    }

    @Test
    void keywordsAreKept() {
        assertThat(validQuery(params().q("  suboxone rehab ")).keywords())
                .isEqualTo("suboxone rehab");
    }

    // Several problems at once

    @Test
    void everyBadParameterIsReportedOnceAndNamed() {
        SearchRequest request =
                params().near("Atlantis, ZZ")
                        .radius("0")
                        .state("Narnia")
                        .city("c".repeat(101))
                        .dualDiagnosis("maybe")
                        .medication("XX", "YY")
                        .q("k".repeat(201))
                        .page("-1")
                        .size("0")
                        .parse();

        assertThat(request.valid()).isFalse();
        assertThat(request.query()).isNull();
        assertThat(request.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactlyInAnyOrder(
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

    @Test
    void coordinateProblemsComeWithTheOthers() {
        SearchRequest request = params().lat("north").lon("999").size("101").parse();

        assertThat(request.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactlyInAnyOrder("lat", "lon", "size");
    }

    // What a person reads

    static Stream<Params> badRequests() {
        return Stream.of(
                params().near("Atlantis, OH"),
                params().near("x".repeat(500)),
                params().near("43215").lat("1"),
                params().lat("1e400").lon("x"),
                params().lat("1"),
                params().radius("\u0000"),
                params().radius("9".repeat(400)),
                params().state("\uD83D\uDE00"),
                params().dualDiagnosis("null"),
                params().medication("a,b,,c", "\u00e9"),
                params().size("NaN"),
                params().page("2147483648"),
                params().page("9999").size("100"),
                params().q("q".repeat(10_000)));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void everyProblemIsPlainWordsForAPerson(Params params) {
        SearchRequest request = params.parse();

        assertThat(request.valid()).isFalse();
        assertThat(request.query()).isNull();
        assertThat(request.problems())
                .isNotEmpty()
                .allSatisfy(
                        p -> {
                            assertThat(p.parameter()).isNotBlank();
                            assertThat(p.message()).isNotBlank().doesNotContain("Exception");
                        });
    }

    @Test
    void longInputIsNotEchoedWhole() {
        String typed = "9".repeat(400);
        ParameterProblem problem = singleProblem(params().radius(typed), "radius");

        assertThat(problem.message()).doesNotContain(typed).hasSizeLessThan(200);
    }
}
