package org.opentreatment.directory.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentreatment.directory.search.SearchFixtures.DUAL_BY_CARE;
import static org.opentreatment.directory.search.SearchFixtures.DUAL_BY_GROUP;
import static org.opentreatment.directory.search.SearchFixtures.METHADONE_OTP;
import static org.opentreatment.directory.search.SearchFixtures.NEAR_BUPRENORPHINE;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Fixtures;
import org.opentreatment.directory.testing.Http;

/**
 * One URL, one answer: the search page and the API read the same query strings, so they must agree
 * on every one of them, valid, invalid, partial or repeated: the same results in the same order, or
 * the same parameters named as wrong.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchContractIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @RegisterExtension static final Fixtures fixtures = new Fixtures();

    private static final Pattern RESULT =
            Pattern.compile("<li class=\"result\" data-id=\"(\\d+)\"");
    private static final Pattern PROBLEM =
            Pattern.compile("<li class=\"problem\" data-parameter=\"([^\"]*)\"");

    /** What an answer says, whichever of the two gave it. */
    record Said(int status, List<Long> results, List<String> problems) {}

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // valid
                "valid   | near=43215",
                "valid   | near=43215&radius=50&medication=BU",
                "valid   | near=Columbus%2C+OH&dualDiagnosis=true",
                "valid   | near=43215&radius=100&medication=MU&medication=NU",
                "valid   | near=43215&radius=100&medication=MU,NU",
                "valid   | near=43215&radius=25&dualDiagnosis=false&q=detox",
                "valid   | state=OH&size=50",
                "valid   | city=Columbus&state=OH",
                "valid   | q=suboxone",
                "valid   | lat=40.1&lon=-83.0&radius=25",
                "valid   | state=TX&size=2&page=1",
                // partial: one filter alone is a search
                "partial | dualDiagnosis=true",
                "partial | typeOfCare=DT&setting=RES",
                "partial | otp=true&sort=name",
                "partial | medication=BU&utm_source=newsletter",
                // nothing that narrows the search: no place, keywords or filter
                "invalid | radius=25",
                "invalid | page=1",
                "invalid | size=3&sort=name",
                // invalid
                "invalid | sort=cheapest&near=43215",
                "invalid | otp=maybe&near=43215",
                "invalid | radius=state",
                "invalid | near=zz-not-a-place",
                "invalid | near=43215&radius=0",
                "invalid | radius=ten",
                "invalid | dualDiagnosis=maybe",
                "invalid | medication=XX",
                "invalid | medication=BU&medication=XX&medication=YY",
                "invalid | lat=91&lon=0",
                "invalid | lat=0",
                "invalid | size=101",
                "invalid | page=-1",
                "invalid | page=600&size=20",
                "invalid | near=43215&lat=39&lon=-83",
                "invalid | state=Narnia",
                "invalid | q=a+b+c+d+e+f+g+h+i+j+k+l+m",
                "invalid | near=Atlantis&radius=9999&medication=XYZ&size=1000&page=-2",
                // repeated
                "repeated | near=43215&near=10001",
                "repeated | q=detox&q=rehab",
                "repeated | state=OH&state=OH",
            })
    void thePageAndTheApiAgree(String kind, String query) {
        Said api = api(query);
        Said page = page(query);

        assertThat(page).as("page and API for %s", query).isEqualTo(api);
        if (kind.strip().equals("invalid") || kind.strip().equals("repeated")) {
            assertThat(api.status()).isEqualTo(400);
            assertThat(api.problems()).isNotEmpty();
        } else {
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.results()).as("results for %s", query).isNotEmpty();
        }
    }

    @Test
    void thePageListsKnownListingsNearestFirst() {
        assertThat(fixtures.in(page("near=43215&radius=25").results()))
                .containsExactlyElementsOf(
                        fixtures.ids(
                                NEAR_BUPRENORPHINE, DUAL_BY_GROUP, METHADONE_OTP, DUAL_BY_CARE));
        assertThat(fixtures.in(page("near=43215&radius=500&medication=MU,NU&size=100").results()))
                .containsExactlyElementsOf(fixtures.ids(METHADONE_OTP, DUAL_BY_CARE));
        assertThat(fixtures.in(page("near=43215&radius=500&dualDiagnosis=true&size=100").results()))
                .containsExactlyElementsOf(fixtures.ids(DUAL_BY_GROUP, DUAL_BY_CARE));
    }

    private static Said api(String query) {
        Http.Answer answer = Http.get("/api/v1/facilities?" + query);
        JsonObject body = answer.json();
        if (answer.status() != 200) {
            return new Said(
                    answer.status(),
                    List.of(),
                    body.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                            .map(e -> e.getString("parameter"))
                            .toList());
        }
        return new Said(
                200,
                body.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getJsonNumber("id").longValue())
                        .toList(),
                List.of());
    }

    private static Said page(String query) {
        Http.Answer answer = Http.get("/?" + query);
        return new Said(
                answer.status(),
                all(RESULT, answer.body()).stream().map(Long::valueOf).toList(),
                all(PROBLEM, answer.body()));
    }

    private static List<String> all(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
