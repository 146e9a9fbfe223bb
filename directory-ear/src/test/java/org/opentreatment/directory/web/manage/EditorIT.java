package org.opentreatment.directory.web.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.SignIn;
import org.opentreatment.directory.testing.TestAccounts;
import org.opentreatment.directory.testing.TestServer;

/**
 * The listing editor as its users meet it, against the packaged application: a facility admin
 * changes their listing and the public search finds the change; another facility's listing is
 * refused by page, by a forged post and by the API, each refusal one log line without personal
 * data; two people saving one listing, the second sees what the first changed and keeps their own
 * input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorIT {

    private static final String PASSWORD = "editor test passphrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final List<ChromeDriver> browsers = new java.util.ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver browser() {
        ChromeDriver browser = Browser.start();
        browsers.add(browser);
        return browser;
    }

    /** A facility admin who keeps these listings. */
    private static String keeperOf(long... listings) {
        String email = "it-keeper-" + UUID.randomUUID() + "@example.org";
        TestAccounts.make(email, PASSWORD, "FACILITY_ADMIN", listings);
        return email;
    }

    private static long listingIn(String state, int index) {
        return Http.get("/api/v1/facilities?size=5&state=" + state)
                .json()
                .getJsonArray("results")
                .getJsonObject(index)
                .getInt("id");
    }

    private static void open(ChromeDriver browser, long listing) {
        SignIn.open(browser, "/manage/listing?id=" + listing);
    }

    private static void type(ChromeDriver browser, String column, String text) {
        WebElement field = browser.findElement(By.id("listing:" + column));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses Save (an Ajax post) and waits for its answer: saved, or the conflict. */
    private static void save(ChromeDriver browser) {
        browser.findElement(By.id("listing:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(
                        driver ->
                                !driver.findElements(By.id("saved")).isEmpty()
                                        || !driver.findElements(By.id("conflict")).isEmpty()
                                        || !driver.findElements(By.id("not-saved")).isEmpty());
    }

    @Test
    void aFacilityAdminEditsTheirListingAndThePublicSearchFindsTheChange() {
        long listing = listingIn("OH", 0);
        String keeper = keeperOf(listing);
        String word = "quokka" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        ChromeDriver browser = browser();

        SignIn.as(browser, keeper, PASSWORD);
        browser.findElement(By.cssSelector("a[href*='/manage/listing?id=" + listing + "']"))
                .click();
        type(browser, "description", "Walk-in help with " + word + " for every family.");
        save(browser);

        assertThat(browser.findElement(By.id("saved")).getText()).isNotBlank();
        await("the edit in the public search")
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () ->
                                assertThat(
                                                Http.get("/api/v1/facilities?state=OH&q=" + word)
                                                        .json()
                                                        .getJsonArray("results"))
                                        .extracting(r -> r.asJsonObject().getInt("id"))
                                        .containsExactly((int) listing));
    }

    @Test
    void anotherFacilitysListingIsRefusedByPageByForgedPostAndByTheApi() throws Exception {
        long mine = listingIn("OH", 1);
        long theirs = listingIn("OH", 2);
        String keeper = keeperOf(mine);
        ChromeDriver browser = browser();
        SignIn.as(browser, keeper, PASSWORD);
        long linesBefore = serverLog().size();

        // The page of another's listing
        open(browser, theirs);
        assertThat(browser.findElements(By.id("listing:save"))).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("This page is not for your account");
        // A post of the own listing's form with another listing's id forged into it
        open(browser, mine);
        browser.executeScript(
                "const f = document.getElementById('listing');"
                        + "const i = document.createElement('input'); i.type = 'hidden';"
                        + " i.name = 'id'; i.value = arguments[0]; f.appendChild(i);",
                String.valueOf(theirs));
        type(browser, "description", "Forged into someone else's listing");
        save(browser);
        assertThat(Http.get("/api/v1/facilities/" + theirs).json().getString("description", ""))
                .doesNotContain("Forged");
        // The API, with the same account
        String basic = keeper + ":" + PASSWORD;
        assertThat(api("GET", theirs, basic, null).statusCode()).isEqualTo(403);
        JsonObject own =
                Json.createReader(new java.io.StringReader(api("GET", mine, basic, null).body()))
                        .readObject();
        HttpResponse<String> put =
                api(
                        "PUT",
                        theirs,
                        basic,
                        "{\"version\": 0, \"fields\": {\"phone\": \"614-555-0100\"}}");
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.body()).contains("This listing is not one of yours.");

        // One warning line per refusal, by account and listing id: no address, no stack trace
        List<String> added = serverLog().subList((int) linesBefore, serverLog().size());
        assertThat(added)
                .filteredOn(line -> line.contains("may not see or change listing " + theirs))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(added)
                .noneMatch(line -> line.contains(keeper))
                .noneMatch(line -> line.contains("Exception"));

        // The own listing through the API: a change, then a stale version refused with 409
        long version = own.getJsonNumber("version").longValue();
        HttpResponse<String> changed =
                api(
                        "PUT",
                        mine,
                        basic,
                        "{\"version\": "
                                + version
                                + ", \"fields\": {\"intake_phone\": \"614-555-0199\"}}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("614-555-0199");
        HttpResponse<String> stale =
                api(
                        "PUT",
                        mine,
                        basic,
                        "{\"version\": "
                                + version
                                + ", \"fields\": {\"intake_phone\": \"614-555-0198\"}}");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> unknownField =
                api(
                        "PUT",
                        mine,
                        basic,
                        "{\"version\": " + (version + 1) + ", \"fields\": {\"owner\": \"me\"}}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("\"parameter\":\"owner\"");
    }

    @Test
    void twoPeopleEditingOneListingTheSecondSeesTheConflictAndKeepsTheirInput() {
        long listing = listingIn("OH", 3);
        String keeper = keeperOf(listing);
        ChromeDriver first = browser();
        ChromeDriver second = browser();
        SignIn.as(first, keeper, PASSWORD);
        SignIn.as(second, keeper, PASSWORD);
        open(first, listing);
        open(second, listing);

        type(first, "phone", "614-555-0142");
        save(first);
        assertThat(first.findElements(By.id("saved"))).isNotEmpty();

        type(second, "description", "Evening groups on Tuesdays.");
        save(second);
        assertThat(second.findElement(By.id("conflict")).getText()).contains("614-555-0142");
        assertThat(second.findElement(By.id("listing:description")).getAttribute("value"))
                .isEqualTo("Evening groups on Tuesdays.");

        second.findElement(By.id("listing:reapply")).click();
        new WebDriverWait(second, Duration.ofSeconds(30))
                .until(driver -> driver.findElements(By.id("conflict")).isEmpty());
        save(second);
        assertThat(second.findElements(By.id("saved"))).isNotEmpty();

        JsonObject stored = Http.get("/api/v1/facilities/" + listing).json();
        assertThat(stored.getString("phone")).contains("555-0142");
        assertThat(stored.getString("description")).isEqualTo("Evening groups on Tuesdays.");
    }

    private static HttpResponse<String> api(String method, long listing, String basic, String body)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                TestServer.base().resolve("api/v1/manage/listings/" + listing))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        basic.getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> serverLog() throws java.io.IOException {
        return Files.readAllLines(
                Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
    }
}
