package org.opentreatment.directory.web.facility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.RawHttp;
import org.opentreatment.directory.testing.TestServer;

/**
 * "Report a problem with this listing", from the browser to the operators' API. The test server
 * exempts 127.0.0.1 from limits per address, so the browser is never limited; the limit is tested
 * from 127.0.0.2, another client.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListingReportIT {

    private static final String OTHER_CLIENT = "127.0.0.2";
    private static final String REPORTS = "/api/v1/admin/reports";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    ChromeDriver browser;
    JsonObject listing;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        listing = Http.anyListingIn("OH");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String pagePath() {
        return listing.getString("url");
    }

    private void openPage(String query) {
        browser.get(TestServer.base().resolve(pagePath().substring(1) + query).toString());
    }

    /** Sends the form and waits for the page that answers it: a new document, loaded. */
    private void send() {
        browser.executeScript("window.beforeSending = true;");
        browser.findElement(By.id("report:send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(
                        driver ->
                                (Boolean)
                                        browser.executeScript(
                                                "return window.beforeSending === undefined"
                                                        + " && document.readyState === 'complete';"));
    }

    /** Reports through the page's form in the browser, with details that name this report. */
    private String reportInBrowser(String problemLabel) {
        String details = "The number rang a pharmacy " + UUID.randomUUID();
        openPage("?near=43215");
        browser.findElement(By.xpath("//label[text()='" + problemLabel + "']")).click();
        browser.findElement(By.id("report:details")).sendKeys(details);
        send();
        return details;
    }

    @Test
    void reportAProblemAndSeeTheConfirmationOnTheSamePage() {
        reportInBrowser("The phone number is wrong");

        assertThat(browser.findElement(By.id("report-sent")).getText()).startsWith("Thank you");
        assertThat(browser.findElements(By.id("report:send"))).isEmpty();
        // The answer is the facility's own page, its search kept.
        assertThat(browser.getCurrentUrl()).endsWith(pagePath() + "?near=43215");
        assertThat(browser.findElement(By.id("back-to-results")).getAttribute("href"))
                .endsWith("/?near=43215");
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void withoutAChoiceTheMessageIsBesideTheFieldAndTheDetailsStay() {
        openPage("");
        browser.findElement(By.id("report:details")).sendKeys("Moved to Elm Street");
        send();

        assertThat(
                        browser.findElement(By.cssSelector("#report fieldset .ui-message-error"))
                                .getText())
                .isEqualTo("Please choose what is wrong.");
        assertThat(browser.findElement(By.id("report:details")).getAttribute("value"))
                .isEqualTo("Moved to Elm Street");
        assertThat(browser.findElements(By.id("report-sent"))).isEmpty();

        openPage("?lang=es");
        send();
        assertThat(
                        browser.findElement(By.cssSelector("#report fieldset .ui-message-error"))
                                .getText())
                .isEqualTo("Elija qué está mal.");
    }

    @Test
    void theLimitPerClientAddressEngagesWithAClearMessage() {
        Http.Answer page = RawHttp.request("GET", pagePath()).from(OTHER_CLIENT).send();
        Matcher state =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                        .matcher(page.body());
        assertThat(state.find()).as("the form's view state").isTrue();
        String form =
                "report=report&report%3Aproblem=closed&report%3Adetails=closed+for+good&report%3Asend="
                        + "&jakarta.faces.ViewState="
                        + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);

        // The default budget is five reports an hour per address.
        for (int i = 0; i < 5; i++) {
            Http.Answer sent = post(form);
            assertThat(sent.status()).as("report " + (i + 1)).isEqualTo(200);
            assertThat(sent.body()).contains("id=\"report-sent\"");
        }
        Http.Answer limited = post(form);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body())
                .contains("id=\"report-limited\"")
                .contains("You have sent several reports in a short time")
                .doesNotContain("id=\"report-sent\"")
                // what was typed stays
                .contains("closed for good");
    }

    private Http.Answer post(String form) {
        return RawHttp.request("POST", pagePath())
                .from(OTHER_CLIENT)
                .body("application/x-www-form-urlencoded", form)
                .send();
    }

    @Test
    void operatorsListAReportAndResolveIt() {
        String details = reportInBrowser("The address is wrong");
        assertThat(browser.findElement(By.id("report-sent")).isDisplayed()).isTrue();

        JsonObject report =
                find(Http.send("GET", REPORTS + "?status=open", Http.operator()), details);
        assertThat(report).as("the open report").isNotNull();
        assertThat(report.getJsonNumber("facilityId").longValue())
                .isEqualTo(listing.getJsonNumber("id").longValue());
        assertThat(report.getString("problem")).isEqualTo("wrong-address");
        assertThat(report.getString("status")).isEqualTo("open");

        long id = report.getJsonNumber("id").longValue();
        Http.Answer resolved = Http.postJson(REPORTS + "/" + id + "/resolve", Http.operator());
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().getString("status")).isEqualTo("resolved");
        assertThat(resolved.json().getString("resolvedAt")).isNotBlank();

        assertThat(find(Http.send("GET", REPORTS + "?status=open", Http.operator()), details))
                .isNull();
        assertThat(find(Http.send("GET", REPORTS + "?status=resolved", Http.operator()), details))
                .isNotNull();
        assertThat(Http.postJson(REPORTS + "/999999999/resolve", Http.operator()).status())
                .isEqualTo(404);
        assertThat(Http.send("GET", REPORTS + "?status=maybe", Http.operator()).status())
                .isEqualTo(400);
    }

    private static JsonObject find(Http.Answer answer, String details) {
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .filter(r -> details.equals(r.getString("details", null)))
                .findFirst()
                .orElse(null);
    }

    @Test
    void theApiRefusesAnonymousCallersAndAccountsWithoutTheRole() {
        for (Http.Answer anonymous :
                List.of(
                        Http.send("GET", REPORTS + "?status=open", null),
                        Http.postJson(REPORTS + "/1/resolve", null))) {
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/json");
            assertThat(anonymous.body()).doesNotContain("\"reports\"");
        }
        assertThat(Http.send("GET", REPORTS, Http.visitor()).status()).isEqualTo(403);
        // State changes by JSON only
        assertThat(
                        Http.send(
                                        "POST",
                                        REPORTS + "/1/resolve",
                                        Http.operator(),
                                        "application/x-www-form-urlencoded",
                                        "x=1")
                                .status())
                .isEqualTo(415);
    }
}
