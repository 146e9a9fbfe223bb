package org.opentreatment.directory.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.SignIn;
import org.opentreatment.directory.testing.TestAccounts;
import org.opentreatment.directory.testing.TestServer;

/**
 * The site admins' pages in the browser: the queue of visitors' reports (assign, resolve, dismiss,
 * seen by the operators' API too), an import of the locator fixtures with its progress, counts and
 * rejected rows (also as CSV), and a re-index followed to its end; a facility admin gets 403 on
 * each page, the CSV and forged posts, refused in one warning line without a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteAdminPagesIT {

    private static final String PASSWORD = "site admin pages passphrase";
    private static final String REPORTS = "/api/v1/admin/reports";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithImportCleanup(Map.of());
    }

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        assertThat(Http.send("DELETE", "/api/v1/test-imports", null).status()).isEqualTo(204);
    }

    private static String email(String role) {
        return "it-ops-" + role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
    }

    /** Reports a problem from the listing's page, with details that name the report. */
    private String report(JsonObject listing, String problemLabel) {
        String details = "Reported for the queue " + UUID.randomUUID();
        SignIn.open(browser, listing.getString("url"));
        browser.findElement(By.xpath("//label[text()='" + problemLabel + "']")).click();
        browser.findElement(By.id("report:details")).sendKeys(details);
        SignIn.click(browser, "report:send");
        assertThat(browser.findElement(By.id("report-sent")).isDisplayed()).isTrue();
        return details;
    }

    private WebElement row(String details) {
        return browser.findElement(
                By.xpath("//tr[.//p[@class='report-details' and text()='" + details + "']]"));
    }

    private long idOf(WebElement row) {
        return Long.parseLong(row.getAttribute("id").substring("report-".length()));
    }

    private void clickIn(WebElement row, String cssClass) {
        SignIn.click(browser, row.findElement(By.className(cssClass)).getAttribute("id"));
    }

    private static JsonObject apiReport(String status, long id) {
        Http.Answer answer = Http.send("GET", REPORTS + "?status=" + status, Http.operator());
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aSiteAdminAssignsResolvesAndDismissesReports() {
        TestAccounts.ensure();
        String admin = email("SITE_ADMIN");
        TestAccounts.make(admin, PASSWORD, "SITE_ADMIN");
        long other = TestAccounts.make(email("SITE_ADMIN"), PASSWORD, "SITE_ADMIN");
        JsonObject listing = Http.anyListingIn("OH");
        String toResolve = report(listing, "The phone number is wrong");
        String toDismiss = report(listing, "Something else");

        SignIn.as(browser, admin, PASSWORD);
        SignIn.open(browser, "/manage/reports");
        assertThat(browser.findElement(By.id("filter-open")).getAttribute("aria-current"))
                .isEqualTo("page");
        WebElement first = row(toResolve);
        long resolveId = idOf(first);
        assertThat(first.findElement(By.className("listing-link")).getText())
                .isEqualTo(listing.getString("name"));
        assertThat(first.findElement(By.className("listing-link")).getAttribute("href"))
                .contains("/facility/" + listing.getInt("id"));
        assertThat(first.findElement(By.className("edit-link")).getAttribute("href"))
                .endsWith("/manage/listing?id=" + listing.getInt("id"));
        assertThat(first.findElement(By.className("report-problem")).getText())
                .isEqualTo("The phone number is wrong");

        // Assigned to another site admin
        new Select(first.findElement(By.className("assignee"))).selectByValue(Long.toString(other));
        clickIn(first, "assign-button");
        assertThat(browser.findElement(By.id("queue:queue-messages")).getText())
                .contains("Report " + resolveId + " is assigned to");
        assertThat(browser.findElements(By.id("report-" + resolveId))).isEmpty();
        JsonObject assigned = apiReport("assigned", resolveId);
        assertThat(assigned).as("the assigned report in the API").isNotNull();
        assertThat(assigned.getJsonNumber("assigneeId").longValue()).isEqualTo(other);

        // Resolved with a note, from the assigned ones
        SignIn.open(browser, "/manage/reports?status=assigned");
        WebElement mine = browser.findElement(By.id("report-" + resolveId));
        assertThat(mine.findElement(By.className("report-status")).getText()).isEqualTo("Assigned");
        mine.findElement(By.className("note")).sendKeys("Called them: the number is fixed.");
        clickIn(mine, "resolve-button");
        assertThat(browser.findElement(By.id("queue:queue-messages")).getText())
                .isEqualTo("Report " + resolveId + " is resolved.");
        JsonObject resolved = apiReport("resolved", resolveId);
        assertThat(resolved.getString("note")).isEqualTo("Called them: the number is fixed.");
        assertThat(resolved.getString("resolvedAt")).isNotBlank();
        SignIn.open(browser, "/manage/reports?status=resolved");
        assertThat(browser.findElement(By.id("report-" + resolveId)).getText())
                .contains("Called them: the number is fixed.");

        // Dismissed straight from the open ones, without a note
        SignIn.open(browser, "/manage/reports");
        WebElement second = row(toDismiss);
        long dismissId = idOf(second);
        clickIn(second, "dismiss-button");
        assertThat(browser.findElement(By.id("queue:queue-messages")).getText())
                .isEqualTo("Report " + dismissId + " is dismissed.");
        assertThat(apiReport("dismissed", dismissId)).isNotNull();
        assertThat(apiReport("open", dismissId)).isNull();
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void aSiteAdminImportsTheLocatorPagesAndSeesProgressCountsAndRejectedRows() throws Exception {
        String admin = email("SITE_ADMIN");
        TestAccounts.make(admin, PASSWORD, "SITE_ADMIN");
        SignIn.as(browser, admin, PASSWORD);
        SignIn.open(browser, "/manage/import");

        WebElement files = browser.findElement(By.cssSelector("#upload input[type=file]"));
        files.sendKeys(fixture("locator-page-1.json") + "\n" + fixture("locator-page-2.json"));
        SignIn.click(browser, "upload:send");
        assertThat(SignIn.path(browser)).startsWith("/manage/import?id=");
        assertThat(browser.findElement(By.id("import-files")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("rows-total")).getText()).isEqualTo("9");
        assertThat(browser.findElement(By.id("import-messages")).getText())
                .contains(
                        "locator-page-1.json: 5 rows received.",
                        "locator-page-2.json: 4 rows received.");

        SignIn.click(browser, "start-form:start");
        // The page polls while the import runs, until the end
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .ignoring(WebDriverException.class)
                .until(
                        driver ->
                                browser.findElement(By.id("import-state"))
                                        .getText()
                                        .equals("Finished"));
        assertThat(browser.findElement(By.id("rows-done")).getText()).isEqualTo("9");
        assertThat(browser.findElement(By.id("rows-created")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("rows-rejected")).getText()).isEqualTo("6");
        WebElement progress = browser.findElement(By.id("import-progress"));
        assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> !browser.findElements(By.id("problems")).isEmpty());
        List<WebElement> problems = browser.findElements(By.cssSelector("#problems tbody tr"));
        assertThat(problems).hasSize(7);
        assertThat(problems.get(0).findElement(By.className("problem-field")).getText())
                .isEqualTo("phone");
        assertThat(problems.get(0).findElement(By.className("problem-value")).getText())
                .isEqualTo("call us any time");
        assertThat(browser.findElements(By.id("cancel-form:cancel"))).isEmpty();

        String csvHref = browser.findElement(By.id("problems-csv")).getAttribute("href");
        HttpResponse<String> csv = withSession("GET", URI.create(csvHref), null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> records =
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .build()
                        .parse(new StringReader(csv.body()))
                        .getRecords();
        assertThat(records).hasSize(7);
        assertThat(records.get(0).get("field")).isEqualTo("phone");
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void aSiteAdminStartsARe_indexAndSeesItFinish() {
        String admin = email("SITE_ADMIN");
        TestAccounts.make(admin, PASSWORD, "SITE_ADMIN");
        SignIn.as(browser, admin, PASSWORD);
        SignIn.open(browser, "/manage/reindex");
        SignIn.click(browser, "reindex-form:start");
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .ignoring(WebDriverException.class)
                .until(
                        driver ->
                                browser.findElement(By.id("reindex-state"))
                                        .getText()
                                        .equals("Finished"));
        long total = Long.parseLong(browser.findElement(By.id("reindex-total")).getText());
        assertThat(total).isPositive();
        assertThat(browser.findElement(By.id("reindex-indexed")).getText())
                .isEqualTo(Long.toString(total));
        assertThat(browser.findElement(By.id("reindex-finished")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("reindex-form:start")).isDisplayed()).isTrue();
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void aFacilityAdminIsRefusedEveryPageTheCsvAndForgedPosts() throws Exception {
        String facilityAdmin = email("FACILITY_ADMIN");
        long listing = Http.anyListingIn("OH").getJsonNumber("id").longValue();
        TestAccounts.make(facilityAdmin, PASSWORD, "FACILITY_ADMIN", listing);
        SignIn.as(browser, facilityAdmin, PASSWORD);
        long logLinesBefore = serverLog().count();

        for (String page :
                List.of(
                        "/manage/reports",
                        "/manage/reports?status=assigned",
                        "/manage/import",
                        "/manage/import?id=1",
                        "/manage/reindex",
                        "/manage/import-problems.csv?id=1")) {
            HttpResponse<String> answer = withSession("GET", page, null);
            assertThat(answer.statusCode()).as(page).isEqualTo(403);
            assertThat(answer.body()).as(page).doesNotContain("report-queue", "import-counts");
        }

        // Forged posts never reach an action: these views keep their state on the server, and a
        // post with the state of another view this account may see (its listing's history), or
        // with a made-up "stateless" one, cannot be restored: 400, one log line, nothing done
        Matcher state =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                        .matcher(withSession("GET", "/manage/history?id=" + listing, null).body());
        assertThat(state.find()).as("a view state of the history page").isTrue();
        for (List<String> forged :
                List.of(
                        List.of(
                                "/manage/reindex",
                                "reindex-form=reindex-form&reindex-form%3Astart=x"),
                        List.of(
                                "/manage/import",
                                "start-form=start-form&id=1&start-form%3Astart=x"),
                        List.of(
                                "/manage/import",
                                "cancel-form=cancel-form&id=1&cancel-form%3Acancel=x"),
                        List.of("/manage/reports", "queue=queue&queue%3Ar%3A0%3Adismiss=x"))) {
            for (String viewState :
                    List.of(
                            URLEncoder.encode(state.group(1), StandardCharsets.UTF_8),
                            "stateless")) {
                HttpResponse<String> answer =
                        withSession(
                                "POST",
                                forged.get(0),
                                forged.get(1) + "&jakarta.faces.ViewState=" + viewState);
                assertThat(answer.statusCode())
                        .as("forged post to %s with view state %s", forged, viewState)
                        .isEqualTo(400);
                assertThat(answer.body())
                        .doesNotContain("report-queue", "import-counts", "reindex-counts");
            }
        }
        List<String> log = serverLog().skip(logLinesBefore).toList();
        assertThat(log)
                .filteredOn(line -> line.contains("Refused a page request that could not be read"))
                .hasSize(8);
        assertThat(log)
                .anyMatch(line -> line.contains("Refused: account") && line.contains("site-admin"))
                .noneMatch(line -> line.contains("EJBAccessException"))
                .noneMatch(line -> line.contains("SEVERE") || line.contains("ERROR"))
                .noneMatch(line -> line.contains(facilityAdmin));
    }

    private HttpResponse<String> withSession(String method, String path, String form)
            throws IOException, InterruptedException {
        return withSession(method, TestServer.base().resolve(path.substring(1)), form);
    }

    private HttpResponse<String> withSession(String method, URI uri, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .header(
                                "Cookie",
                                SignIn.SESSION_COOKIE + "=" + SignIn.session(browser).getValue());
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(SiteAdminPagesIT.class.getResource("/imports/" + name).toURI()).toString();
    }

    private static Stream<String> serverLog() throws IOException {
        return Files.readAllLines(
                Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"))
                .stream();
    }
}
