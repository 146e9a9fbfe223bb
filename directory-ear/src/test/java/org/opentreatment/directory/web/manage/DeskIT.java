package org.opentreatment.directory.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.Mailbox;
import org.opentreatment.directory.testing.SignIn;
import org.opentreatment.directory.testing.TestAccounts;

/**
 * The site admin's desk in the browser: a facility admin confirms their own listing (and no one
 * else's), the stale page lists stale listings and who keeps them, "send reminders now" mails each
 * keeper once, the dashboard's numbers agree with the database, and only site admins reach the
 * stale page and the dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskIT {

    private static final String PASSWORD = "desk test passphrase";

    private static Mailbox mailbox;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithDeskCounts();
    }

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private static String account(String role, long... facilities) {
        String email = "it-desk-" + role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        TestAccounts.make(email, PASSWORD, role, facilities);
        return email;
    }

    /** Stale listings nobody keeps, from the stale page as a site admin (the browser is one). */
    private List<Long> staleListingsNobodyKeeps(int how) {
        SignIn.open(browser, "/manage/stale");
        List<Long> ids =
                browser.findElements(By.cssSelector("#stale tbody tr")).stream()
                        .filter(
                                row ->
                                        row.findElement(By.cssSelector(".stale-owner"))
                                                .getText()
                                                .equals("No"))
                        .map(row -> Long.parseLong(row.getAttribute("id").substring(6)))
                        .limit(how)
                        .toList();
        assertThat(ids).as("stale listings nobody keeps").hasSize(how);
        return ids;
    }

    private static LocalDate lastVerified(long id) {
        JsonObject listing = Http.get("/api/v1/facilities/" + id).json();
        return listing.isNull("lastVerified")
                ? null
                : LocalDate.parse(listing.getString("lastVerified"));
    }

    private Http.Answer asBrowser(String method, String path) {
        return Http.send(
                method,
                URI.create(browser.getCurrentUrl()).resolve(path),
                "Cookie",
                SignIn.SESSION_COOKIE + "=" + SignIn.session(browser).getValue());
    }

    @Test
    void aFacilityAdminConfirmsTheirListingAndNoOneElses() throws IOException {
        SignIn.as(browser, account("SITE_ADMIN"), PASSWORD);
        List<Long> stale = staleListingsNobodyKeeps(2);
        long mine = stale.get(0);
        long theirs = stale.get(1);
        LocalDate theirsBefore = lastVerified(theirs);
        String facilityAdmin = account("FACILITY_ADMIN", mine);

        // A session of its own: not the site admin's, signed in again
        browser.manage().deleteAllCookies();
        SignIn.as(browser, facilityAdmin, PASSWORD);
        SignIn.open(browser, "/manage/verify?id=" + mine);
        assertThat(browser.findElement(By.id("verify-heading")).getText())
                .isEqualTo("Is this listing still accurate?");
        assertThat(browser.findElement(By.id("verify-name")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("verify-edit")).getAttribute("href"))
                .endsWith("/manage/listing?id=" + mine);
        SignIn.click(browser, "verify:confirm");
        assertThat(browser.findElement(By.id("verify-done")).getText()).startsWith("Thank you.");

        // Today, in the API and on the public page
        assertThat(lastVerified(mine)).isEqualTo(LocalDate.now());
        browser.findElement(By.id("verify-public")).click();
        assertThat(browser.findElement(By.id("verified")).getText())
                .startsWith("Last verified today");

        // Someone else's listing: 403, by address and by a forged post, refused in one line
        long logLinesBefore = serverLog().count();
        Http.Answer refused = asBrowser("GET", "/manage/verify?id=" + theirs);
        assertThat(refused.status())
                .as("%s", refused.body().replaceAll("(?s).*<main[^>]*>(.*)</main>.*", "$1"))
                .isEqualTo(403);
        assertThat(refused.body()).contains("This page is not for your account");
        SignIn.open(browser, "/manage/verify?id=" + mine);
        browser.executeScript(
                "document.getElementById('verify:id').value = arguments[0];",
                String.valueOf(theirs));
        SignIn.click(browser, "verify:confirm");
        assertThat(browser.getPageSource()).contains("This page is not for your account");
        assertThat(lastVerified(theirs)).isEqualTo(theirsBefore);
        assertThat(serverLog().skip(logLinesBefore))
                .anyMatch(
                        line ->
                                line.contains("Refused: account")
                                        && line.contains("listing " + theirs))
                .noneMatch(line -> line.contains("EJBAccessException"))
                .noneMatch(line -> line.startsWith("\tat "))
                .noneMatch(line -> line.contains(facilityAdmin));
    }

    @Test
    void remindersGoToEachKeeperOnceWithLinksToConfirm() throws Exception {
        SignIn.as(browser, account("SITE_ADMIN"), PASSWORD);
        List<Long> stale = staleListingsNobodyKeeps(2);
        String keeper = account("FACILITY_ADMIN", stale.get(0), stale.get(1));

        // The stale page says they are kept now
        SignIn.open(browser, "/manage/stale");
        for (long id : stale) {
            assertThat(
                            browser.findElement(By.cssSelector("#stale-" + id + " .stale-owner"))
                                    .getText())
                    .isEqualTo("Yes");
        }
        List<String> names =
                stale.stream()
                        .map(
                                id ->
                                        browser.findElement(By.cssSelector("#stale-" + id + " th"))
                                                .getText())
                        .toList();

        SignIn.click(browser, "reminders:send");
        assertThat(browser.findElement(By.id("reminders-sent")).getText()).startsWith("Sent ");
        MimeMessage reminder = mailbox.await(keeper, 1);
        assertThat(reminder.getSubject())
                .isEqualTo("Please check your listings in the treatment directory");
        String body = Mailbox.body(reminder);
        assertThat(body)
                .contains("/manage/verify?id=" + stale.get(0))
                .contains("/manage/verify?id=" + stale.get(1))
                .contains(names.get(0), names.get(1))
                // nobody's address, not even the keeper's own
                .doesNotContain("@");
        assertThat(Mailbox.linkPath(reminder)).startsWith("/manage/verify?id=");

        // A second run right after: nothing new for this keeper
        SignIn.click(browser, "reminders:send");
        assertThat(browser.findElement(By.id("reminders-sent")).getText()).startsWith("Sent ");
        Thread.sleep(
                Duration.ofSeconds(3).toMillis()); // what a run sends, it sends before answering
        assertThat(mailbox.to(keeper)).hasSize(1);
    }

    @Test
    void theStalePageCountsPagesAndFiltersByState() {
        SignIn.as(browser, account("SITE_ADMIN"), PASSWORD);
        JsonObject counts = Http.get("/api/v1/test-desk-counts?state=OH").json();
        SignIn.open(browser, "/manage/stale");
        long total = counts.getJsonNumber("stale").longValue();
        assertThat(browser.findElement(By.id("stale-total")).getText())
                .isEqualTo(String.format(Locale.US, "%,d stale listings.", total));
        assertThat(browser.findElements(By.cssSelector("#stale tbody tr")))
                .hasSize((int) Math.min(50, total));
        if (total > 50) {
            browser.findElement(By.id("stale-next")).click();
            assertThat(SignIn.path(browser)).isEqualTo("/manage/stale?page=2");
            assertThat(browser.findElement(By.id("stale-page")).getText()).startsWith("Page 2 of");
        }
        // Oldest first
        SignIn.open(browser, "/manage/stale?state=OH");
        List<WebElement> rows = browser.findElements(By.cssSelector("#stale tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .allSatisfy(
                        row ->
                                assertThat(row.findElement(By.cssSelector("td")).getText())
                                        .endsWith(", OH"));
        assertThat(browser.findElement(By.id("stale-state")).getAttribute("value")).isEqualTo("OH");
    }

    @Test
    void theDashboardAgreesWithTheDatabaseAndChartsWhatItsTableSays() {
        String siteAdmin = account("SITE_ADMIN");
        SignIn.as(browser, siteAdmin, PASSWORD);
        // A change of our own, the newest in the history
        long confirmed = staleListingsNobodyKeeps(1).get(0);
        SignIn.open(browser, "/manage/verify?id=" + confirmed);
        String name = browser.findElement(By.id("verify-name")).getText();
        SignIn.click(browser, "verify:confirm");

        SignIn.open(browser, "/manage/dashboard");
        String topState = browser.findElement(By.cssSelector("#by-state tbody tr th")).getText();
        Map<String, Long> db = counts(topState);
        assertThat(browser.findElement(By.id("figure-total")).getText())
                .isEqualTo(String.format(Locale.US, "%,d listings in all.", db.get("total")));
        assertThat(browser.findElement(By.cssSelector("#status-ACTIVE td")).getText())
                .isEqualTo(String.format(Locale.US, "%,d", db.get("active")));
        assertThat(browser.findElement(By.id("figure-stale")).getText())
                .isEqualTo(String.format(Locale.US, "%,d stale listings", db.get("stale")));
        assertThat(browser.findElement(By.cssSelector("#by-state tbody tr td")).getText())
                .isEqualTo(String.format(Locale.US, "%,d", db.get("inState")));

        // The chart drew (its script ran under the page's CSP) the table's numbers
        WebElement canvas = browser.findElement(By.cssSelector("#states-chart canvas"));
        assertThat(canvas.getAttribute("role")).isEqualTo("img");
        assertThat(canvas.getAttribute("aria-label")).contains("table below");
        Map<?, ?> drawn =
                (Map<?, ?>)
                        new WebDriverWait(browser, Duration.ofSeconds(10))
                                .until(
                                        driver ->
                                                browser.executeScript(
                                                        "const chart = window.Chart && Chart.getChart(arguments[0]);"
                                                                + " return chart && {labels: chart.data.labels,"
                                                                + " data: chart.data.datasets[0].data};",
                                                        canvas));
        assertThat(drawn).as("the chart drawn").isNotNull();
        List<String> tableStates =
                browser.findElements(By.cssSelector("#by-state tbody th")).stream()
                        .map(WebElement::getText)
                        .toList();
        List<Long> tableCounts =
                browser.findElements(By.cssSelector("#by-state tbody td")).stream()
                        .map(td -> Long.parseLong(td.getText().replace(",", "")))
                        .toList();
        assertThat(drawn.get("labels")).isEqualTo(tableStates);
        assertThat(((List<?>) drawn.get("data")).stream().map(n -> ((Number) n).longValue()))
                .containsExactlyElementsOf(tableCounts);

        // The newest change is ours, linked to the listing's history
        WebElement newest = browser.findElement(By.cssSelector("#recent tbody tr"));
        assertThat(newest.getText()).contains(name).contains("Confirmed accurate");
        assertThat(newest.findElement(By.cssSelector("th a")).getAttribute("href"))
                .endsWith("/manage/history?id=" + confirmed);
        assertThat(browser.findElement(By.id("figure-stale")).findElement(By.tagName("a")))
                .isNotNull();
    }

    @Test
    void aFacilityAdminMayNotOpenTheDeskPages() throws IOException {
        SignIn.as(browser, account("FACILITY_ADMIN"), PASSWORD);
        long logLinesBefore = serverLog().count();
        for (String page : List.of("/manage/dashboard", "/manage/stale", "/manage/stale.xhtml")) {
            Http.Answer answer = asBrowser("GET", page);
            assertThat(answer.status()).as(page).isEqualTo(403);
            assertThat(answer.body()).as(page).contains("This page is not for your account");
        }
        assertThat(serverLog().skip(logLinesBefore))
                .anyMatch(line -> line.contains("Refused: account") && line.contains("site-admin"))
                .noneMatch(line -> line.contains("EJBAccessException"))
                .noneMatch(line -> line.startsWith("\tat "));
    }

    private static Map<String, Long> counts(String state) {
        JsonObject counts = Http.get("/api/v1/test-desk-counts?state=" + state).json();
        return Map.of(
                "total", counts.getJsonNumber("total").longValue(),
                "active", counts.getJsonNumber("active").longValue(),
                "stale", counts.getJsonNumber("stale").longValue(),
                "inState", counts.getJsonNumber("inState").longValue());
    }

    private static Stream<String> serverLog() throws IOException {
        return Files.readAllLines(
                Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"))
                .stream();
    }
}
