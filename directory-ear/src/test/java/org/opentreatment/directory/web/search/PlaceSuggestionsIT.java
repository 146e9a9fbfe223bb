package org.opentreatment.directory.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.TestServer;

/**
 * A place that cannot be used answers with places that can, on the page and over the API; a place
 * typed among keywords is searched with the rest as keywords. Against the packaged EAR.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlaceSuggestionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static String near(String place) {
        return "near=" + URLEncoder.encode(place, StandardCharsets.UTF_8);
    }

    private static List<String> apiSuggestions(String place) {
        Http.Answer answer = Http.get("/api/v1/facilities?" + near(place));
        assertThat(answer.status()).isEqualTo(400);
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("parameter")).isEqualTo("near");
        assertThat(error.getString("message")).isNotBlank();
        return error.getJsonArray("suggestions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    @Test
    void theApiSuggestsPlacesForAMisspeltOrAmbiguousOne() {
        assertThat(apiSuggestions("Colombus, OH")).first().isEqualTo("Columbus, OH");
        assertThat(apiSuggestions("Columbus"))
                .hasSizeBetween(3, 5)
                .allMatch(p -> p.startsWith("Columbus, "))
                .contains("Columbus, OH", "Columbus, GA", "Columbus, IN");
        // Other errors keep their shape, with no suggestions
        Http.Answer radius = Http.get("/api/v1/facilities?near=43215&radius=0");
        assertThat(
                        radius.json()
                                .getJsonArray("errors")
                                .getJsonObject(0)
                                .getJsonArray("suggestions"))
                .isEmpty();
    }

    @Test
    void thePageKeepsIts400AndLinksEachSuggestion() {
        Http.Answer page = Http.get("/?" + near("Colombus, OH") + "&radius=50");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body())
                .contains("data-parameter=\"near\"")
                .contains(
                        "<a class=\"place-suggestion\" href=\"/?near=Columbus%2C+OH&amp;radius=50\">Columbus, OH</a>");
    }

    @Test
    void aPlaceTypedAmongKeywordsIsSearchedWithTheRestAsKeywords() {
        String asRun = "near=Columbus%2C+OH&q=suboxone+clinic";
        Http.Answer api = Http.get("/api/v1/facilities?" + near("suboxone clinic columbus oh"));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Location"))
                .hasValue("/api/v1/facilities?" + asRun);
        assertThat(api.json().getInt("total"))
                .isEqualTo(Http.get("/api/v1/facilities?" + asRun).json().getInt("total"));

        Http.Answer page = Http.get("/?" + near("detox near 43215"));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/?near=43215&q=detox");

        // A ZIP alone is searched as always, with no detour
        assertThat(Http.get("/?near=43215").status()).isEqualTo(200);
        assertThat(
                        Http.get("/api/v1/facilities?near=43215")
                                .headers()
                                .firstValue("Content-Location"))
                .isEmpty();
    }

    @Test
    void aPersonWhoMisspellsTheirCityFollowsASuggestionToResults() {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(TestServer.base().toString());
            browser.findElement(By.id("near")).sendKeys("Colombus, OH");
            browser.findElement(By.id("submit")).click();

            WebElement suggestion =
                    wait.until(
                            ExpectedConditions.elementToBeClickable(
                                    By.cssSelector("#place-suggestions a.place-suggestion")));
            assertThat(browser.findElement(By.id("place-suggestions")).getText())
                    .contains("Did you mean one of these places?");
            assertThat(suggestion.getText()).isEqualTo("Columbus, OH");
            suggestion.click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
            assertThat(browser.getCurrentUrl()).contains("near=Columbus%2C+OH");
            assertThat(browser.findElement(By.id("results-summary")).getText())
                    .contains("Columbus, OH");
            assertThat(browser.findElements(By.id("place-suggestions"))).isEmpty();
        } finally {
            browser.quit();
        }
    }
}
