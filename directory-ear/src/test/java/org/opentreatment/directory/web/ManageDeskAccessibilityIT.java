package org.opentreatment.directory.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import org.opentreatment.directory.testing.SignIn;
import org.opentreatment.directory.testing.TestAccounts;
import org.opentreatment.directory.testing.TestServer;

/**
 * The site admin's desk (dashboard, stale listings, "is this listing still accurate?"), signed in
 * as a site admin, in English and Spanish: as {@link AccessibilityIT} checks the public pages (no
 * WCAG 2.1 A/AA violation axe-core finds, valid HTML as served, named controls, nothing sideways at
 * 375 px, nothing from another host).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManageDeskAccessibilityIT {

    private static final String PASSWORD = "desk accessibility passphrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static ChromeDriver browser;

    /** The verify page's listing ({@value #ANY_LISTING}) is found when the test runs. */
    static final String ANY_LISTING = "{any listing in OH}";

    static List<String> pages() {
        return List.of(
                "/manage/dashboard",
                "/manage/stale",
                "/manage/stale?state=OH&page=1",
                "/manage/verify?id=" + ANY_LISTING);
    }

    static Stream<Arguments> pagesInEveryLanguage() {
        return pages().stream()
                .flatMap(page -> Stream.of(Arguments.of(page, "en"), Arguments.of(page, "es")));
    }

    @BeforeAll
    static void signInAsSiteAdmin() {
        String email = "it-desk-a11y-" + UUID.randomUUID() + "@example.org";
        TestAccounts.make(email, PASSWORD, "SITE_ADMIN");
        browser = Browser.startRecordingRequests();
        SignIn.as(browser, email, PASSWORD);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagesInEveryLanguage")
    void isAccessibleValidFitsAPhoneAndLoadsNothingFromElsewhere(String name, String language) {
        String page =
                name.replace(ANY_LISTING, String.valueOf(Http.anyListingIn("OH").getInt("id")));
        String path =
                "es".equals(language) ? page + (page.contains("?") ? "&" : "?") + "lang=es" : page;
        URI address = TestServer.base().resolve(path.substring(1));
        SoftAssertions softly = new SoftAssertions();

        Browser.requestedUrls(browser);
        browser.get(address.toString());
        softly.assertThat(browser.findElements(By.tagName("h1"))).as("a heading").hasSize(1);

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
                                                ":is(input:not([type=hidden]), select, textarea,"
                                                        + " [role=combobox], [role=listbox])"))
                                .stream()
                                .filter(WebElement::isDisplayed)
                                .filter(control -> control.getAccessibleName().isBlank())
                                .map(control -> control.getAttribute("outerHTML")))
                .as("form controls without an accessible name")
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
                    .as("the page's width at %d px", AccessibilityIT.PHONE_WIDTH)
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

        Http.Answer served =
                Http.get(
                        address,
                        "Cookie",
                        SignIn.SESSION_COOKIE + "=" + SignIn.session(browser).getValue());
        keep(name, language, served.body());
        softly.assertThat(served.status()).as("the status of %s", path).isEqualTo(200);
        softly.assertThat(HtmlChecker.errors(served.body()))
                .as("the Nu Html Checker's errors on %s", path)
                .isEmpty();
        softly.assertAll();
    }

    private static void keep(String page, String language, String html) {
        try {
            Path file =
                    Path.of(
                            "target",
                            "accessibility",
                            "desk" + page.replaceAll("[^a-z0-9]+", "-") + "-" + language + ".html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
