package org.opentreatment.directory.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.HtmlChecker;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.OperatorImports;
import org.opentreatment.directory.testing.SignIn;
import org.opentreatment.directory.testing.TestAccounts;
import org.opentreatment.directory.testing.TestServer;

/**
 * The site admins' report queue, import and re-index pages, signed in as a site admin, in English
 * and Spanish, checked as {@link AccessibilityIT} checks the public pages: axe-core's WCAG 2.1 A/AA
 * rules, the Nu Html Checker on the page as served, every control named, no empty navigation,
 * nothing scrolling sideways at 375 px, nothing loaded from another host.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManageOpsAccessibilityIT {

    private static final String PASSWORD = "accessibility of the site admin pages";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithImportCleanup(Map.of());
    }

    static ChromeDriver browser;

    /** A finished import with rejected rows, made through the operators' API. */
    static long importId;

    static Stream<Arguments> pages() {
        return Stream.of(
                        "/manage/reports",
                        "/manage/reports?status=dismissed",
                        "/manage/import",
                        "/manage/import?id=IMPORT",
                        "/manage/reindex")
                .flatMap(page -> Stream.of(Arguments.of(page, "en"), Arguments.of(page, "es")));
    }

    @BeforeAll
    static void signInAsSiteAdminWithAReportAndAnImport() throws IOException {
        TestAccounts.ensure();
        browser = Browser.startRecordingRequests();
        // a report, so that the queue has a row with its form
        JsonObject listing = Http.anyListingIn("OH");
        SignIn.open(browser, listing.getString("url"));
        browser.findElement(By.xpath("//label[text()='Something else']")).click();
        browser.findElement(By.id("report:details")).sendKeys("Accessibility " + UUID.randomUUID());
        SignIn.click(browser, "report:send");

        long id = OperatorImports.open("locator", false);
        for (String page : List.of("locator-page-1.json", "locator-page-2.json")) {
            try (var in = ManageOpsAccessibilityIT.class.getResourceAsStream("/imports/" + page)) {
                OperatorImports.send(
                        id,
                        page,
                        "application/json",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        OperatorImports.startAndAwait(id);
        importId = id;

        String admin = "it-ops-a11y-" + UUID.randomUUID() + "@example.org";
        TestAccounts.make(admin, PASSWORD, "SITE_ADMIN");
        SignIn.as(browser, admin, PASSWORD);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        Http.send("DELETE", "/api/v1/test-imports", null);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pages")
    void isAccessibleValidFitsAPhoneAndLoadsNothingFromElsewhere(String page, String language)
            throws Exception {
        String path = page.replace("IMPORT", Long.toString(importId));
        if (language.equals("es")) {
            path += (path.contains("?") ? "&" : "?") + "lang=es";
        }
        URI address = TestServer.base().resolve(path.substring(1));
        SoftAssertions softly = new SoftAssertions();
        Browser.requestedUrls(browser);
        browser.get(address.toString());

        Results axe = new AxeBuilder().withTags(AccessibilityIT.WCAG_21_A_AA).analyze(browser);
        softly.assertThat(axe.isErrored()).as("axe-core ran").isFalse();
        softly.assertThat(axe.getViolations())
                .as("axe-core's WCAG 2.1 A/AA violations on %s", path)
                .withFailMessage(() -> describe(axe.getViolations()))
                .isEmpty();
        softly.assertThat(
                        browser
                                .findElements(
                                        By.cssSelector(
                                                ":is(input:not([type=hidden]), select, textarea)"
                                                        + ":not([aria-hidden=true])"))
                                .stream()
                                .filter(WebElement::isDisplayed)
                                .filter(control -> control.getAccessibleName().isBlank())
                                .map(control -> control.getAttribute("outerHTML")))
                .as("form controls without an accessible name")
                .isEmpty();
        softly.assertThat(
                        browser.findElements(By.cssSelector("nav")).stream()
                                .filter(
                                        nav ->
                                                nav.findElements(By.cssSelector("a[href]"))
                                                        .isEmpty())
                                .map(nav -> nav.getAttribute("aria-label")))
                .as("navigation regions without a link")
                .isEmpty();

        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        AccessibilityIT.PHONE_WIDTH,
                        "height",
                        800,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        false));
        try {
            Number scrollWidth =
                    (Number) browser.executeScript("return document.documentElement.scrollWidth;");
            softly.assertThat(scrollWidth.intValue())
                    .as("the page's width at 375 px: nothing may scroll sideways")
                    .isLessThanOrEqualTo(AccessibilityIT.PHONE_WIDTH);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        String origin = address.getScheme() + "://" + address.getAuthority();
        softly.assertThat(
                        Browser.requestedUrls(browser).stream()
                                .filter(
                                        url ->
                                                AccessibilityIT.NETWORK_SCHEMES.contains(
                                                        url.getScheme()))
                                .filter(
                                        url ->
                                                !origin.equals(
                                                        url.getScheme()
                                                                + "://"
                                                                + url.getAuthority()))
                                .map(URI::toString))
                .as("requests to anything but the test server")
                .isEmpty();
        softly.assertThat(Browser.contentSecurityPolicyViolations(browser))
                .as("Content-Security-Policy violations")
                .isEmpty();

        HttpResponse<String> served =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(address)
                                        .header(
                                                "Cookie",
                                                SignIn.SESSION_COOKIE
                                                        + "="
                                                        + SignIn.session(browser).getValue())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        Path kept =
                Path.of(
                        "target",
                        "accessibility",
                        "manage-" + path.replaceAll("[^a-z0-9]+", "-") + ".html");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, served.body());
        softly.assertThat(served.statusCode()).as("the status of %s", path).isEqualTo(200);
        softly.assertThat(HtmlChecker.errors(served.body()))
                .as("the Nu Html Checker's errors on %s", path)
                .isEmpty();
        softly.assertAll();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(
                        rule ->
                                rule.getId()
                                        + ": "
                                        + rule.getHelp()
                                        + rule.getNodes().stream()
                                                .map(
                                                        node ->
                                                                "\n    "
                                                                        + node.getTarget()
                                                                        + " "
                                                                        + node.getHtml())
                                                .collect(Collectors.joining()))
                .collect(Collectors.joining("\n", "\n", ""));
    }
}
