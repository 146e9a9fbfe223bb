package org.opentreatment.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;

/**
 * The readiness and liveness endpoints a load balancer polls, on the management port, without
 * login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readyWhenDeployedAndTheDatabaseAndTheIndexAnswer() throws Exception {
        JsonObject ready = get("/health/ready");

        assertThat(ready.getString("status")).isEqualTo("UP");
        Map<String, JsonObject> checks =
                ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        assertThat(
                        checks.get("deployments-status")
                                .getJsonObject("data")
                                .getString("directory.ear"))
                .isEqualTo("OK");
        assertThat(checks.get("database").getString("status")).isEqualTo("UP");
        assertThat(checks.get("search-index").getString("status")).isEqualTo("UP");
        assertThat(
                        checks.get("search-index")
                                .getJsonObject("data")
                                .getJsonNumber("documents")
                                .longValue())
                .isEqualTo(Long.parseLong(System.getProperty("it.sample.size")));
    }

    @Test
    void theIndexLivesInTheDataDirectoryOrInOpenSearch() throws Exception {
        if (Deployments.openSearch()) {
            // Hibernate Search reads through the alias facility-read; nothing is kept on disk here
            URI count =
                    URI.create(
                            "http://"
                                    + System.getProperty("it.search.hosts")
                                    + "/facility-read/_count");
            HttpResponse<String> response =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(count).GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(
                            Json.createReader(new StringReader(response.body()))
                                    .readObject()
                                    .getJsonNumber("count")
                                    .longValue())
                    .isEqualTo(Long.parseLong(System.getProperty("it.sample.size")));
            assertThat(Path.of(System.getProperty("it.data.dir"), "index")).doesNotExist();
            return;
        }
        Path index = Path.of(System.getProperty("it.data.dir"), "index", "facility");
        assertThat(index).isDirectory();
        assertThat(index.toFile().list()).as("index files in %s", index).isNotEmpty();
    }

    @Test
    void searchesAreCountedAndTimedWithoutWhatWasSearched() throws Exception {
        double before = searchCount("ok", "point");
        for (int i = 0; i < 3; i++) {
            assertThat(Http.get("/api/v1/facilities?near=43215&q=suboxone").status())
                    .isEqualTo(200);
        }
        assertThat(Http.get("/api/v1/facilities?near=zz-not-a-place").status()).isEqualTo(400);

        assertThat(searchCount("ok", "point")).isEqualTo(before + 3);
        assertThat(searchCount("invalid", "none")).isGreaterThanOrEqualTo(1);
        List<String> searchLines =
                managementText("/metrics")
                        .lines()
                        .filter(l -> l.startsWith("directory_search_seconds"))
                        .toList();
        assertThat(searchLines).anyMatch(l -> l.startsWith("directory_search_seconds_sum{"));
        // Only the two fixed tags (and WildFly's deployment tag), with fixed values: nothing of
        // what was searched.
        assertThat(searchLines)
                .allSatisfy(
                        l ->
                                assertThat(l)
                                        .matches(
                                                "directory_search_seconds_[a-z]+\\{WF_DEPLOYMENT=\"[a-z.-]+\",location=\"(point|none)\",outcome=\"(ok|invalid|timeout|error)\"\\} .*"));
    }

    @Test
    void operatorsReindexOnDemandAndFollowItsProgress() throws Exception {
        long listings = Long.parseLong(System.getProperty("it.sample.size"));

        JsonObject progress = Expect.onlyTheOperatorReindexesEveryListing();

        assertThat(progress.getJsonNumber("total").longValue()).isEqualTo(listings);
        assertThat(
                        Http.get("/api/v1/facilities?state=OH&size=1")
                                .json()
                                .getJsonNumber("total")
                                .longValue())
                .isPositive();
    }

    @Test
    void aFormPostWithTheOperatorsCredentialsStartsNoReindex() {
        Expect.onlyAJsonPostStartsAReindex();
    }

    @Test
    void liveWithoutLoggingIn() throws Exception {
        assertThat(get("/health/live").getString("status")).isEqualTo("UP");
    }

    private static double searchCount(String outcome, String location) throws Exception {
        Pattern line =
                Pattern.compile(
                        "^directory_search_seconds_count\\{(.*)\\} ([0-9.E+]+)$",
                        Pattern.MULTILINE);
        Matcher m = line.matcher(managementText("/metrics"));
        while (m.find()) {
            if (m.group(1).contains("WF_DEPLOYMENT=\"directory.ear\"")
                    && m.group(1).contains("outcome=\"" + outcome + "\"")
                    && m.group(1).contains("location=\"" + location + "\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    private static String managementText(String path) throws Exception {
        URI uri = URI.create("http://localhost:" + System.getProperty("it.management.port") + path);
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(uri).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static JsonObject get(String path) throws Exception {
        return Json.createReader(new StringReader(managementText(path))).readObject();
    }
}
