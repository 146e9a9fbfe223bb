package org.opentreatment.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.TestServer;

/**
 * The EAR built for Payara ({@code ./mvnw verify -Ppayara}), deployed on a real Payara Server 6
 * domain by {@code src/test/payara/payara-domain.sh}: the same application answers there as on
 * WildFly. Only this test runs in that profile; the full suite runs on WildFly.
 */
class PayaraSmokeIT {

    @Test
    void aGeoSearchOverRestAnswersNearestFirst() {
        JsonObject listed = Http.anyListingIn("OH");
        String zip = listed.getString("zip");

        Http.Answer answer = Http.get("/api/v1/facilities?near=" + zip + "&radius=25");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        Expect.securityHeaders(answer, "API search");
        List<JsonObject> results =
                answer.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results)
                .extracting(r -> r.getJsonNumber("id").longValue())
                .contains(listed.getJsonNumber("id").longValue());
        List<Double> miles =
                results.stream().map(r -> r.getJsonNumber("distanceMiles").doubleValue()).toList();
        assertThat(miles).isSorted().allSatisfy(m -> assertThat(m).isBetween(0.0, 25.0));
    }

    @Test
    void badInputIsNamedNotA500() {
        Http.Answer answer = Http.get("/api/v1/facilities?near=zz-not-a-place");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("near");
    }

    @Test
    void theHomePageSearchesInChromiumAndShowsTheHelplines() {
        String zip = Http.anyListingIn("OH").getString("zip");
        ChromeDriver browser = Browser.start();
        try {
            browser.get(TestServer.base().toString());
            assertThat(browser.findElement(By.id("helpline")).getText()).contains("1-800-662-4357");
            assertThat(browser.findElement(By.id("crisis-line")).getText()).contains("988");

            browser.findElement(By.id("near")).sendKeys(zip);
            browser.findElement(By.id("submit")).click();

            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
            assertThat(browser.getCurrentUrl()).contains("near=" + zip);
            assertThat(browser.findElements(By.cssSelector(".result"))).isNotEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void aFacilityPageShowsItsPhoneAndAnUnknownOneIsA404WithTheHelplines() {
        JsonObject listed = Http.anyListingIn("TX");

        Http.Answer page = Http.get("/facility/" + listed.getJsonNumber("id").longValue());
        Http.Answer missing = Http.get("/facility/999999999/missing");

        assertThat(page.status()).isEqualTo(200);
        Expect.securityHeadersOfAPage(page, "facility page");
        Expect.securityHeadersOfAPage(missing, "missing facility");
        assertThat(page.body()).contains(listed.getString("phone")).contains("tel:");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("1-800-662-4357").contains("988");
    }

    /**
     * The API's 404 and a static resource's carry the headers too; HSTS comes only over HTTPS (the
     * domain's own TLS listener, port base + 81, with Payara's self-signed certificate).
     */
    @Test
    void errorsCarryTheHeadersAndHstsComesOverHttpsOnly() {
        Http.Answer api = Http.get("/api/v1/no-such-thing");
        Http.Answer resource = Http.get("/jakarta.faces.resource/no-such.css.xhtml");
        assertThat(api.status()).isEqualTo(404);
        assertThat(resource.status()).isEqualTo(404);
        Expect.securityHeaders(api, "API 404");
        Expect.securityHeaders(resource, "static resource 404");

        String https = "https://localhost:" + (Integer.getInteger("it.http.port") + 1);
        Http.Answer overTls = Http.get(URI.create(https + "/api/v1/facilities?state=TX"));
        assertThat(overTls.status()).isEqualTo(200);
        assertThat(overTls.headers().allValues("Strict-Transport-Security"))
                .containsExactly(Expect.STRICT_TRANSPORT_SECURITY);
        // Payara's own answer, which never reaches the application: from the listener
        // (hsts-enabled), the only header Payara can set itself
        Http.Answer trace = Http.send("TRACE", URI.create(https + "/"));
        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.headers().allValues("Referrer-Policy")).isEmpty();
        assertThat(trace.headers().allValues("Strict-Transport-Security"))
                .containsExactly(Expect.STRICT_TRANSPORT_SECURITY);
    }

    /** Payara serves MicroProfile Health on the HTTP port, with the checks of the EAR's lib/. */
    @Test
    void readyWithTheDirectorysOwnChecks() {
        Http.Answer ready = Http.get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        Map<String, String> checks =
                ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .collect(
                                Collectors.toMap(
                                        c -> c.getString("name"), c -> c.getString("status")));
        assertThat(checks)
                .containsEntry("start-up", "UP")
                .containsEntry("database", "UP")
                .containsEntry("search-index", "UP");
    }

    /**
     * As docs/operations.md configures it: the public port shows no server metrics (Payara answers
     * its switched-off endpoint 403, with the directory's error page), but the API's OpenAPI
     * document, without the operators' endpoints.
     */
    @Test
    void noMetricsButTheApisOpenApiDocumentOnThePublicPort() {
        Http.Answer metrics = Http.get("/metrics");
        Http.Answer openApi =
                Http.get(
                        org.opentreatment.directory.testing.TestServer.base().resolve("openapi"),
                        "Accept",
                        "application/json");

        assertThat(metrics.status()).isEqualTo(403);
        assertThat(metrics.body()).doesNotContain("# TYPE").contains("1-800-662-4357");
        assertThat(openApi.status()).isEqualTo(200);
        jakarta.json.JsonObject paths = openApi.json().getJsonObject("paths");
        assertThat(paths.keySet())
                .contains("/api/v1/facilities")
                .noneMatch(path -> path.startsWith("/api/v1/admin"));
        assertThat(
                        paths
                                .getJsonObject("/api/v1/facilities")
                                .getJsonObject("get")
                                .getJsonArray("parameters")
                                .getValuesAs(jakarta.json.JsonObject.class)
                                .stream()
                                .map(parameter -> parameter.getString("name")))
                // Payara's own OpenAPI implementation does not apply the application's
                // mp.openapi.filter (ApiDocument), so the filters' parameters (medication, ...)
                // are missing here: only the annotated ones are listed.
                .contains("near", "q", "page", "size");
    }
}
