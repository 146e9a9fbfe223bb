package org.opentreatment.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Fixtures;
import org.opentreatment.directory.testing.FixturesResource;
import org.opentreatment.directory.testing.HtmlChecker;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.TestServer;

/**
 * Every kind of page, in English and in Spanish, in headless Chromium: no WCAG 2.1 A or AA
 * violation that axe-core finds, valid HTML as served (the Nu Html Checker), every form control
 * named and no empty navigation region, nothing that scrolls sideways or a phone number that breaks
 * on a 375 px phone, and nothing asked of any server but ours.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    /** So that the results page near the fixtures' centre has results, and links to a facility. */
    @RegisterExtension static final Fixtures fixtures = new Fixtures();

    /** A page to check: its address (found when the test runs) and the status it answers. */
    record Page(String name, Supplier<String> path, int status) {
        static Page of(String name, String path, int status) {
            return new Page(name, () -> path, status);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One line a page; each is checked in every language below. */
    static final List<Page> PAGES =
            List.of(
                    Page.of("home", "/", 200),
                    Page.of("results", "/?near=" + FixturesResource.CENTRE_ZIP + "&radius=25", 200),
                    Page.of(
                            "results with filters and chips",
                            "/?near="
                                    + FixturesResource.CENTRE_ZIP
                                    + "&radius=25&medication=BU&dualDiagnosis=true",
                            200),
                    Page.of("results with a problem", "/?near=zzzz", 400),
                    Page.of("states", "/treatment", 200),
                    Page.of("state", "/treatment/ohio", 200),
                    Page.of("city", "/treatment/ohio/columbus", 200),
                    Page.of("unknown region", "/treatment/narnia", 404),
                    new Page("compare", AccessibilityIT::compareTwoResults, 200),
                    Page.of("compare with a problem", "/compare?id=1", 400),
                    Page.of("explainers", "/learn", 200),
                    Page.of("dual diagnosis", "/learn/dual-diagnosis", 200),
                    Page.of("medications", "/learn/medications", 200),
                    Page.of("types of care", "/learn/types-of-care", 200),
                    Page.of("paying", "/learn/paying", 200),
                    Page.of("calling", "/learn/calling", 200),
                    new Page("facility", AccessibilityIT::firstFacilityOfAResultsPage, 200),
                    Page.of("about", "/about", 200),
                    Page.of("not found", "/no-such-page", 404),
                    Page.of("sign in", "/account/login", 200),
                    Page.of("forgotten password", "/account/forgot", 200),
                    Page.of("register", "/account/register", 200),
                    Page.of("password link no good", "/account/reset?token=used-or-made-up", 200),
                    Page.of("confirm address", "/account/verify?token=made-up", 200),
                    // shown for a request the server cannot read (400) or a refused method (405)
                    Page.of("bad request", "/errors/bad-request.xhtml", 200));

    /** The languages, as what each adds to a page's query string ("" for the default, English). */
    static final Map<String, String> LANGUAGES = Map.of("en", "", "es", "lang=es");

    static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static final int PHONE_WIDTH = 375;

    static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss");

    private static final Pattern FACILITY_LINK =
            Pattern.compile("class=\"facility-link\" href=\"([^\"]+)\"");

    static ChromeDriver browser;

    static Stream<Arguments> pagesInEveryLanguage() {
        return PAGES.stream()
                .flatMap(
                        page ->
                                LANGUAGES.keySet().stream()
                                        .sorted()
                                        .map(language -> Arguments.of(page, language)));
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.startRecordingRequests();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagesInEveryLanguage")
    void isAccessibleValidFitsAPhoneAndLoadsNothingFromElsewhere(Page page, String language) {
        String path = inLanguage(page.path().get(), LANGUAGES.get(language));
        URI address = TestServer.base().resolve(path.substring(1));
        SoftAssertions softly = new SoftAssertions();

        Browser.requestedUrls(browser); // forget the previous page's requests
        browser.get(address.toString());

        Results axe = new AxeBuilder().withTags(WCAG_21_A_AA).analyze(browser);
        softly.assertThat(axe.isErrored()).as("axe-core ran").isFalse();
        softly.assertThat(axe.getViolations())
                .as("axe-core's WCAG 2.1 A/AA violations on %s", path)
                .withFailMessage(() -> describe(axe.getViolations()))
                .isEmpty();

        // What axe-core lets pass: a control that a screen reader announces without a name (a
        // PrimeFaces widget whose <label> points at a span), a landmark with nothing in it
        softly.assertThat(
                        browser
                                .findElements(
                                        By.cssSelector(
                                                ":is(input:not([type=hidden]), select, textarea,"
                                                        + " [role=combobox], [role=listbox])"
                                                        // left out of the accessibility tree
                                                        + ":not([aria-hidden=true])"))
                                .stream()
                                // a control folded away (a closed <details>) has no name until
                                // shown
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
                        PHONE_WIDTH,
                        "height",
                        800,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        false));
        try {
            Map<?, ?> fit =
                    (Map<?, ?>)
                            browser.executeScript(
                                    """
                                    return {
                                      scrollWidth: document.documentElement.scrollWidth,
                                      innerWidth: window.innerWidth,
                                      brokenPhones: [...document.querySelectorAll('a[href^="tel:"]')]
                                        .filter(a => a.getClientRects().length > 1)
                                        .map(a => a.textContent.trim())
                                    };""");
            softly.assertThat(((Number) fit.get("innerWidth")).intValue())
                    .as("the window's width")
                    .isEqualTo(PHONE_WIDTH);
            softly.assertThat(((Number) fit.get("scrollWidth")).intValue())
                    .as("the page's width at %d px: nothing may scroll sideways", PHONE_WIDTH)
                    .isLessThanOrEqualTo(PHONE_WIDTH);
            softly.assertThat((List<?>) fit.get("brokenPhones"))
                    .as("phone numbers that break across lines at %d px", PHONE_WIDTH)
                    .isEmpty();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        List<URI> requested = Browser.requestedUrls(browser);
        softly.assertThat(requested).as("what the page requested").isNotEmpty();
        String origin = address.getScheme() + "://" + address.getAuthority();
        softly.assertThat(
                        requested.stream()
                                // not data:, blob: or the browser's own chrome:// pages
                                .filter(url -> NETWORK_SCHEMES.contains(url.getScheme()))
                                .filter(
                                        url ->
                                                !origin.equals(
                                                        url.getScheme()
                                                                + "://"
                                                                + url.getAuthority()))
                                .map(URI::toString))
                .as("requests to anything but the test server, %s", origin)
                .isEmpty();

        Http.Answer served = Http.get(path);
        keep(page, language, served.body());
        softly.assertThat(served.status()).as("the status of %s", path).isEqualTo(page.status());
        softly.assertThat(HtmlChecker.errors(served.body()))
                .as("the Nu Html Checker's errors on %s", path)
                .isEmpty();
        softly.assertAll();
    }

    /** The first facility of a results page, by the link the page gives it. */
    static String firstFacilityOfAResultsPage() {
        Matcher link =
                FACILITY_LINK.matcher(
                        Http.get("/?near=" + FixturesResource.CENTRE_ZIP + "&radius=25").body());
        assertThat(link.find()).as("a results page links to a facility").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    static String compareTwoResults() {
        List<Long> ids =
                Http.get("/api/v1/facilities?near=" + FixturesResource.CENTRE_ZIP + "&radius=25")
                        .json()
                        .getJsonArray("results")
                        .getValuesAs(jakarta.json.JsonObject.class)
                        .stream()
                        .map(r -> r.getJsonNumber("id").longValue())
                        .limit(2)
                        .toList();
        assertThat(ids).as("two results to compare").hasSize(2);
        return "/compare?id=" + ids.get(0) + "&id=" + ids.get(1);
    }

    /** The page as served, for reading the checker's line and column numbers after a failure. */
    private static void keep(Page page, String language, String html) {
        try {
            Path file =
                    Path.of(
                            "target",
                            "accessibility",
                            page.name().replace(' ', '-') + "-" + language + ".html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String inLanguage(String path, String parameter) {
        if (parameter.isEmpty()) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }

    /** axe-core's violations, one a line with where they are and why. */
    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(
                        rule ->
                                rule.getId()
                                        + " ("
                                        + rule.getImpact()
                                        + "): "
                                        + rule.getHelp()
                                        + " "
                                        + rule.getHelpUrl()
                                        + rule.getNodes().stream()
                                                .map(
                                                        node ->
                                                                "\n    "
                                                                        + node.getTarget()
                                                                        + " "
                                                                        + node.getHtml()
                                                                        + "\n      "
                                                                        + node.getFailureSummary()
                                                                                .replace(
                                                                                        "\n",
                                                                                        "\n      "))
                                                .collect(Collectors.joining()))
                .collect(Collectors.joining("\n", "\n", ""));
    }
}
