package org.opentreatment.directory.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** A person's first search, in a real browser against the packaged EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void typeAZipSeeResultsByDistanceOpenOneAndSeeItsPhone() {
        // A ZIP where the sample has a listing, taken from the API rather than hard-coded.
        JsonObject listed = Http.anyListingIn("OH");
        String zip = listed.getString("zip");

        browser.get(TestServer.base().toString());
        WebElement near = browser.findElement(By.id("near"));
        near.sendKeys(zip);
        browser.findElement(By.id("submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
        assertThat(browser.getCurrentUrl()).contains("near=" + zip);
        List<WebElement> results = browser.findElements(By.cssSelector(".result"));
        assertThat(results).isNotEmpty();
        List<Double> miles =
                browser.findElements(By.cssSelector(".result-distance")).stream()
                        .map(e -> Double.parseDouble(e.getAttribute("data-miles")))
                        .toList();
        assertThat(miles).isSorted().allSatisfy(m -> assertThat(m).isBetween(0.0, 25.0));
        assertThat(browser.findElement(By.cssSelector(".result-distance")).getText())
                .endsWith("away");

        WebElement first = results.get(0);
        String phoneInList = first.findElement(By.cssSelector(".result-phone")).getText();
        String name = first.findElement(By.cssSelector(".facility-link")).getText();
        first.findElement(By.cssSelector(".facility-link")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facility-phone")));
        // The facility's address, carrying the search so that the page can lead back to it
        assertThat(browser.getCurrentUrl())
                .matches(".*/facility/\\d+/[a-z0-9-]+\\?near=" + zip + ".*");
        assertThat(browser.findElement(By.id("facility-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("facility-phone")).getText())
                .isEqualTo(phoneInList)
                .isNotBlank();
        assertThat(browser.findElement(By.id("facility-phone")).getAttribute("href"))
                .startsWith("tel:");
    }

    @Test
    void everyPageShowsTheHelplineWithWhoAnswersAnd988() {
        for (String path : List.of("", "about", "facility/999999999/missing", "no-such-page")) {
            browser.get(TestServer.base().resolve(path).toString());
            WebElement helpline = browser.findElement(By.id("helpline"));
            assertThat(helpline.getText()).contains("1-800-662-4357");
            browser.findElement(By.cssSelector("#who-answers summary")).click();
            assertThat(browser.findElement(By.cssSelector("#who-answers p")).getText())
                    .as(path)
                    .contains("SAMHSA");
            assertThat(browser.findElement(By.id("crisis-line")).getText()).contains("988");
        }
    }

    @Test
    void anUnknownPlaceIsExplainedAndWhatWasTypedIsKept() {
        browser.get(TestServer.base().toString());
        browser.findElement(By.id("near")).sendKeys("Nowhereville, ZZ");
        browser.findElement(By.id("submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("near-problem")));
        assertThat(browser.findElement(By.id("near-problem")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("near")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("near")).getAttribute("value"))
                .isEqualTo("Nowhereville, ZZ");
        assertThat(browser.findElements(By.cssSelector(".result"))).isEmpty();
    }

    @Test
    void searchingSetsNoCookieAndKeepsTheSearchOutOfReferrers() {
        long id = Http.anyListingIn("OH").getJsonNumber("id").longValue();
        for (String path :
                List.of(
                        "/",
                        "/?near=43215&radius=25&dualDiagnosis=true&medication=BU",
                        "/facility/" + id,
                        "/about",
                        "/api/v1/facilities?near=43215&medication=BU")) {
            Http.Answer answer = Http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Permissions-Policy"))
                    .hasValue("geolocation=(self), camera=(), microphone=()");
        }
    }

    @Test
    void badPageAddressesAnswer400NamingTheParameterWithTheHelplinesAndNeverA500() {
        Map<String, String> badParameter =
                Map.of(
                        "/?page=-1&near=43215", "page",
                        "/?radius=abc&near=43215", "radius",
                        "/?lat=abc&lon=1", "lat",
                        "/?size=100000&state=OH", "size",
                        "/?medication=XX&medication=BU", "medication",
                        "/?state=Narnia", "state",
                        "/?q=a%20b%20c%20d%20e%20f%20g%20h%20i%20j%20k%20l%20m", "q");
        badParameter.forEach(
                (path, parameter) -> {
                    Http.Answer answer = Http.get(path);
                    assertThat(answer.status()).as(path).isEqualTo(400);
                    assertThat(answer.body())
                            .as(path)
                            .contains("1-800-662-4357")
                            .contains("data-parameter=\"" + parameter + "\"")
                            .doesNotContain("results-summary")
                            .doesNotContain(".java:")
                            .doesNotContain("Caused by");
                });
        for (String path :
                List.of(
                        "/?q=a~%20b~%20c~%20d~%20e~%20f~%20g~%20h~%20i~%20j~%20k~%20l~",
                        "/?q=%22unclosed")) {
            Http.Answer answer = Http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).contains("results-summary").doesNotContain(".java:");
        }
        for (String path :
                List.of(
                        "/facility/abc",
                        "/facility/99999999999999999999",
                        "/facility/123456789/some-slug",
                        "/facility.xhtml?id=x",
                        "/facility.xhtml",
                        "/no/such/page")) {
            Http.Answer answer = Http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("1-800-662-4357").contains("988");
            assertThat(answer.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
        }
    }
}
