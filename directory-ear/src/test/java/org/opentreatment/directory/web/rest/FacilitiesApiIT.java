package org.opentreatment.directory.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.opentreatment.directory.search.SearchFixtures.DUAL_BY_CARE;
import static org.opentreatment.directory.search.SearchFixtures.DUAL_BY_GROUP;
import static org.opentreatment.directory.search.SearchFixtures.METHADONE_OTP;
import static org.opentreatment.directory.search.SearchFixtures.NEAR_BUPRENORPHINE;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.util.SloppyMath;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentreatment.directory.search.SearchFixtures;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Fixtures;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.Http.Answer;
import org.opentreatment.directory.testing.RawHttp;

/** The REST API of the packaged EAR, called over HTTP, on the generated sample data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacilitiesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @RegisterExtension static final Fixtures fixtures = new Fixtures();

    @Test
    void nearAZipReturnsFacilitiesWithinTheRadiusSortedByDistance() {
        Answer answer = Http.get("/api/v1/facilities?near=43215&radius=500&size=100");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonObject body = answer.json();
        List<Double> distances =
                body.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getJsonNumber("distanceMiles").doubleValue())
                        .toList();
        assertThat(body.getInt("total")).isPositive();
        assertThat(distances)
                .isNotEmpty()
                .isSorted()
                .allSatisfy(d -> assertThat(d).isBetween(0.0, 500.0));
        assertThat(body.getInt("page")).isZero();
        assertThat(body.getInt("size")).isEqualTo(100);
    }

    @Test
    void theDoneWhenQueryStaysWithin25MilesOfColumbusNearestFirst() {
        Answer answer = Http.get("/api/v1/facilities?near=43215&radius=25&size=100");
        JsonObject body = answer.json();
        List<Double> distances =
                body.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getJsonNumber("distanceMiles").doubleValue())
                        .toList();

        // The fixtures lie due north at 1, 3, 8 and 20 miles (the one at 2 is inactive, 40 too
        // far).
        assertThat(fixtures.in(answer))
                .containsExactlyElementsOf(
                        fixtures.ids(
                                NEAR_BUPRENORPHINE, DUAL_BY_GROUP, METHADONE_OTP, DUAL_BY_CARE));
        assertThat(distances)
                .hasSize(Math.min(100, body.getInt("total")))
                .isSorted()
                .allSatisfy(d -> assertThat(d).isBetween(0.0, 25.0));
    }

    @Test
    void aSmallerRadiusKeepsOnlyTheNearestFixtures() {
        assertThat(fixtures.in(Http.get("/api/v1/facilities?near=43215&radius=5&size=100")))
                .containsExactlyElementsOf(fixtures.ids(NEAR_BUPRENORPHINE, DUAL_BY_GROUP));
        assertThat(fixtures.in(Http.get("/api/v1/facilities?near=43215&radius=50&size=100")))
                .containsExactlyElementsOf(fixtures.ids(SearchFixtures.ACTIVE_BY_DISTANCE));
    }

    @Test
    void withoutAPointResultsComeByNameThenId() {
        Answer answer = Http.get("/api/v1/facilities?state=OH&size=100");

        assertThat(fixtures.in(answer))
                .containsExactlyElementsOf(
                        fixtures.ids(SearchFixtures.ACTIVE_BY_DISTANCE.stream().sorted().toList()));
        assertThat(answer.json().getJsonArray("results").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("name").toLowerCase(java.util.Locale.ROOT))
                .isSorted();
    }

    @Test
    void distancesAreMeasuredFromThePointAndTheRadiusIsHonoured() {
        JsonObject listed = firstResult("/api/v1/facilities?state=OH&size=1");
        double lat = listed.getJsonNumber("latitude").doubleValue();
        double lon = listed.getJsonNumber("longitude").doubleValue();
        String at = "lat=" + lat + "&lon=" + lon;

        List<JsonObject> wide = results("/api/v1/facilities?" + at + "&radius=150&size=100");
        List<JsonObject> narrow = results("/api/v1/facilities?" + at + "&radius=40&size=100");

        assertThat(wide.get(0).getJsonNumber("id").longValue())
                .isEqualTo(listed.getJsonNumber("id").longValue());
        assertThat(wide.get(0).getJsonNumber("distanceMiles").doubleValue()).isLessThan(0.01);
        // Lucene's own haversine is the independent yardstick for the distances the API reports.
        assertThat(wide)
                .allSatisfy(
                        r ->
                                assertThat(r.getJsonNumber("distanceMiles").doubleValue())
                                        .isCloseTo(milesBetween(lat, lon, r), within(0.02))
                                        .isLessThanOrEqualTo(150.0));
        assertThat(narrow)
                .allSatisfy(
                        r ->
                                assertThat(r.getJsonNumber("distanceMiles").doubleValue())
                                        .isLessThanOrEqualTo(40.0));
        List<Long> wideWithin40 =
                wide.stream()
                        .filter(r -> r.getJsonNumber("distanceMiles").doubleValue() <= 40.0)
                        .map(r -> r.getJsonNumber("id").longValue())
                        .toList();
        assertThat(narrow)
                .extracting(r -> r.getJsonNumber("id").longValue())
                .containsExactlyElementsOf(wideWithin40);
    }

    @Test
    void tooManyKeywordsAreA400NamingQ() {
        Answer tooMany = Http.get("/api/v1/facilities?q=" + encode("a b c d e f g h i j k l m"));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getJsonArray("errors").getJsonObject(0).getString("parameter"))
                .isEqualTo("q");
    }

    /**
     * Keyword syntax is plain text to the index, never an error: what no listing says finds
     * nothing, a prefix of three letters finds what starts so, and an exclusion narrows.
     */
    @Test
    void keywordOperatorsAndStrayCharactersAreSearchedAsText() {
        // A filter turned off narrows nothing: the whole country.
        long everything = total("?otp=false");
        for (String q :
                List.of(
                        "a~ b~ c~ d~ e~ f~ g~ h~ i~ j~ k~ l~",
                        "\"unclosed phrase",
                        "-",
                        "((((",
                        "\\")) {
            assertThat(total("?q=" + encode(q))).as(q).isZero();
        }
        // A lone prefix would widen to every word in the index: refused, naming q.
        Answer star = Http.get("/api/v1/facilities?q=*");
        assertThat(star.status()).isEqualTo(400);
        assertThat(star.json().getJsonArray("errors").getJsonObject(0).getString("parameter"))
                .isEqualTo("q");
        assertThat(total("?q=sub*")).isPositive().isLessThanOrEqualTo(everything);
        long either = total("?q=" + encode("suboxone | methadone"));
        assertThat(total("?q=" + encode("suboxone | methadone -detox")))
                .isPositive()
                .isLessThanOrEqualTo(either);
        assertThat(either).isPositive().isLessThan(everything);
    }

    private static long total(String query) {
        Answer answer = Http.get("/api/v1/facilities" + query);
        assertThat(answer.status()).as(query).isEqualTo(200);
        return answer.json().getJsonNumber("total").longValue();
    }

    @Test
    void aResultLinksToItsPageAndItsFullRecordAgrees() {
        JsonObject first = firstResult("/api/v1/facilities?state=OH&size=1");
        long id = first.getJsonNumber("id").longValue();

        // No public base URL is configured: the link is relative to the site
        assertThat(first.getString("url")).matches("/facility/" + id + "/[a-z0-9-]+");
        JsonObject full = Http.get("/api/v1/facilities/" + id).json();
        assertThat(full.getString("name")).isEqualTo(first.getString("name"));
        assertThat(full.getString("phone")).isEqualTo(first.getString("phone"));
        assertThat(full.getString("state")).isEqualTo("OH");
        assertThat(full.getBoolean("sample")).isEqualTo(first.getBoolean("sample"));
        assertThat(full.getJsonArray("typesOfCare")).isNotEmpty();
    }

    /**
     * The Host header is the client's to choose: were links built from it, anyone could have the
     * API (or a cache in front of it) hand out links to another site.
     */
    @Test
    void aRequestsHostHeaderAppearsNowhereInTheAnswer() {
        long id = firstResult("/api/v1/facilities?state=OH&size=1").getJsonNumber("id").longValue();
        for (String path :
                List.of(
                        "/api/v1/facilities?state=OH&size=20",
                        "/api/v1/facilities/" + id,
                        "/api/v1/facilities/999999999",
                        "/api/v1/nothing-here",
                        "/api/v1/admin/index")) {
            Answer answer = RawHttp.request("GET", path).header("Host", "evil.example").send();

            assertThat(answer.status()).as(path).isIn(200, 401, 404);
            assertThat(answer.body()).as(path).doesNotContain("evil.example");
            assertThat(answer.headers().map().toString()).as(path).doesNotContain("evil.example");
        }
        Answer search =
                RawHttp.request("GET", "/api/v1/facilities?state=OH&size=20")
                        .header("Host", "evil.example")
                        .send();
        assertThat(search.json().getJsonArray("results").getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getString("url")).startsWith("/facility/"));
    }

    @Test
    void withoutAPointThereIsNoDistance() {
        JsonObject first = firstResult("/api/v1/facilities?state=TX&size=5");
        assertThat(first.containsKey("distanceMiles")).isFalse();
        assertThat(first.getString("state")).isEqualTo("TX");
    }

    @Test
    void latAndLonAreAPointToo() {
        JsonObject body = Http.get("/api/v1/facilities?lat=39.96&lon=-83.0&radius=500").json();
        List<JsonObject> results = body.getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results).isNotEmpty();
        assertThat(results)
                .extracting(r -> r.getJsonNumber("distanceMiles").doubleValue())
                .isSorted();
    }

    @Test
    void medicationFilterKeepsOnlyFacilitiesOfferingOneOfThem() {
        Answer answer =
                Http.get(
                        "/api/v1/facilities?near=43215&radius=500&medication=MU&medication=NU&size=100");
        List<JsonObject> results =
                answer.json().getJsonArray("results").getValuesAs(JsonObject.class);

        assertThat(fixtures.in(answer))
                .containsExactlyElementsOf(fixtures.ids(METHADONE_OTP, DUAL_BY_CARE));
        assertThat(results)
                .isNotEmpty()
                .allSatisfy(
                        r ->
                                assertThat(
                                                r
                                                        .getJsonArray("medications")
                                                        .getValuesAs(JsonString.class)
                                                        .stream()
                                                        .map(JsonString::getString)
                                                        .toList())
                                        .containsAnyOf("MU", "NU"));
    }

    @Test
    void dualDiagnosisFilterKeepsOnlyDualDiagnosisFacilities() {
        JsonObject all = Http.get("/api/v1/facilities?near=43215&radius=500").json();
        Answer answer =
                Http.get("/api/v1/facilities?near=43215&radius=500&dualDiagnosis=true&size=100");
        JsonObject dual = answer.json();

        assertThat(fixtures.in(answer))
                .containsExactlyElementsOf(fixtures.ids(DUAL_BY_GROUP, DUAL_BY_CARE));
        assertThat(dual.getInt("total")).isPositive().isLessThan(all.getInt("total"));
        assertThat(dual.getJsonArray("results").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getBoolean("dualDiagnosis")).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "near=zz-not-a-place                     | near",
                "near=00000                              | near",
                "radius=0&near=43215                     | radius",
                "radius=501&near=43215                   | radius",
                "radius=ten&near=43215                   | radius",
                "medication=XX                           | medication",
                "size=101&state=OH                       | size",
                "page=-1&state=OH                        | page",
                "page=abc&state=OH                       | page",
                "radius=25                               | near",
                "lat=91&lon=0                            | lat",
                "lat=0&lon=-181                          | lon",
                "lat=0                                   | lon",
                "near=43215&lat=39&lon=-83               | near",
                "state=ZZ                                | state",
                "dualDiagnosis=maybe                     | dualDiagnosis"
            })
    void badInputIsA400NamingTheParameter(String query, String parameter) {
        Answer answer = Http.get("/api/v1/facilities?" + query.strip());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        List<JsonObject> errors =
                answer.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getString("parameter")).containsExactly(parameter);
        assertThat(errors).allSatisfy(e -> assertThat(e.getString("message")).isNotBlank());
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        Answer answer =
                Http.get(
                        "/api/v1/facilities?near="
                                + URLEncoder.encode("nowhere at all", StandardCharsets.UTF_8)
                                + "&radius=9999&medication=MU&medication=XYZ&size=1000&page=-2");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("parameter"))
                .containsExactlyInAnyOrder("near", "radius", "medication", "size", "page");
    }

    @Test
    void unknownFacilityIsA404WithAJsonBody() {
        for (String id : List.of("999999999", "not-a-number")) {
            Answer answer = Http.get("/api/v1/facilities/" + id);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                    .contains("No facility");
        }
    }

    @Test
    void unknownApiPathIsA404WithAJsonBody() {
        Answer answer = Http.get("/api/v1/nothing-here");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().getJsonArray("errors")).isNotEmpty();
    }

    private static List<JsonObject> results(String query) {
        return Http.get(query).json().getJsonArray("results").getValuesAs(JsonObject.class);
    }

    private static double milesBetween(double lat, double lon, JsonObject result) {
        double meters =
                SloppyMath.haversinMeters(
                        lat,
                        lon,
                        result.getJsonNumber("latitude").doubleValue(),
                        result.getJsonNumber("longitude").doubleValue());
        return meters / 1609.344;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject firstResult(String query) {
        JsonObject body = Http.get(query).json();
        JsonValue first = body.getJsonArray("results").get(0);
        assertThat(body.getJsonNumber("total")).extracting(JsonNumber::longValue).isNotEqualTo(0L);
        return first.asJsonObject();
    }
}
