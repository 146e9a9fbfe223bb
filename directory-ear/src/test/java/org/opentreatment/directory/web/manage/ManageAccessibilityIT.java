package org.opentreatment.directory.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
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
 * The signed-in pages (your listings, the editor, the history, claims, the decision on a claim,
 * changing one's password), in English and Spanish, as a site admin sees them: axe-core's WCAG 2.1
 * A/AA rules, named form controls, the Nu Html Checker on the page as served, and no sideways
 * scrolling at 375 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManageAccessibilityIT {

    private static final String PASSWORD = "accessibility passphrase";
    private static final int PHONE_WIDTH = 375;

    static ChromeDriver browser;
    static long listing;
    static long claim;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void signIn() {
        JsonObject any = Http.anyListingIn("OH");
        listing = any.getInt("id");
        // A claim to decide: a facility admin's, sent through its page
        String claimant = "it-claimant-" + UUID.randomUUID() + "@example.org";
        TestAccounts.make(claimant, PASSWORD, "FACILITY_ADMIN");
        String admin = "it-site-admin-" + UUID.randomUUID() + "@example.org";
        TestAccounts.make(admin, PASSWORD, "SITE_ADMIN", listing);
        browser = Browser.start();
        SignIn.as(browser, claimant, PASSWORD);
        SignIn.open(browser, "/manage/claim?id=" + listing);
        SignIn.click(browser, "claim:submit");
        SignIn.as(browser, admin, PASSWORD);
        SignIn.open(browser, "/manage/claims");
        String decide =
                browser.findElement(By.cssSelector("#waiting a.decide-link")).getAttribute("href");
        claim = Long.parseLong(decide.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Arguments> pages() {
        return Stream.of("en", "es")
                .flatMap(
                        language ->
                                Stream.of(
                                                "/manage/",
                                                "/manage/listing?id={listing}",
                                                "/manage/history?id={listing}",
                                                "/manage/claims",
                                                "/manage/claim?id={listing}",
                                                "/manage/decide?id={claim}",
                                                "/account/password")
                                        .map(path -> Arguments.of(path, language)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pages")
    void isAccessibleValidAndFitsAPhone(String template, String language) {
        String path =
                template.replace("{listing}", String.valueOf(listing))
                        .replace("{claim}", String.valueOf(claim));
        path += (path.contains("?") ? "&" : "?") + "lang=" + language;
        SoftAssertions softly = new SoftAssertions();
        SignIn.open(browser, path);
        softly.assertThat(SignIn.path(browser)).as("still signed in, on the page").isEqualTo(path);

        Results axe =
                new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser);
        softly.assertThat(axe.isErrored()).as("axe-core ran").isFalse();
        softly.assertThat(axe.getViolations())
                .as("axe-core's violations on %s", path)
                .withFailMessage(() -> describe(axe.getViolations()))
                .isEmpty();
        softly.assertThat(
                        browser
                                .findElements(
                                        By.cssSelector(
                                                "input:not([type=hidden]), select, textarea"))
                                .stream()
                                .filter(WebElement::isDisplayed)
                                .filter(control -> control.getAccessibleName().isBlank())
                                .map(control -> control.getAttribute("outerHTML")))
                .as("form controls without an accessible name on %s", path)
                .isEmpty();

        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        PHONE_WIDTH,
                        "height",
                        800,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        false));
        try {
            Number width =
                    (Number) browser.executeScript("return document.documentElement.scrollWidth;");
            softly.assertThat(width.intValue())
                    .as("the width of %s at %d px", path, PHONE_WIDTH)
                    .isLessThanOrEqualTo(PHONE_WIDTH);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        URI address = TestServer.base().resolve(path.substring(1));
        Http.Answer served =
                Http.send(
                        "GET",
                        address,
                        "Cookie",
                        SignIn.SESSION_COOKIE + "=" + SignIn.session(browser).getValue());
        softly.assertThat(served.status()).as("the status of %s", path).isEqualTo(200);
        softly.assertThat(HtmlChecker.errors(served.body()))
                .as("the Nu Html Checker's errors on %s", path)
                .isEmpty();
        softly.assertAll();
        assertThat(listing).isPositive();
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
