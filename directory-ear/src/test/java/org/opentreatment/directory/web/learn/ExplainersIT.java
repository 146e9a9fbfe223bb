package org.opentreatment.directory.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The plain-language explainers as a person reaches them: each page in English and Spanish (chosen
 * by a link or by the browser), with the helplines, a heading in its language, and a closing search
 * link that finds programs with the filter it explained, keeping the language; the header leads to
 * them, and the sitemap lists them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplainersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /**
     * An explainer and the search its closing link runs: the link's query (empty for the search
     * page itself), and the query parameters the results' address must carry.
     */
    record Explainer(String path, String closingQuery, List<String> filters) {}

    private static final String INDEX = "/learn";

    private static final List<Explainer> EXPLAINERS =
            List.of(
                    new Explainer(
                            "/learn/dual-diagnosis",
                            "dualDiagnosis=true",
                            List.of("dualDiagnosis=true")),
                    new Explainer(
                            "/learn/medications",
                            "medication=BU&medication=MU&medication=NU",
                            List.of("medication=BU", "medication=MU", "medication=NU")),
                    new Explainer(
                            "/learn/types-of-care", "typeOfCare=SA", List.of("typeOfCare=SA")),
                    new Explainer(
                            "/learn/paying",
                            "paymentAssistance=SS",
                            List.of("paymentAssistance=SS")),
                    new Explainer("/learn/calling", "", List.of()));

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]* lang=\"([^\"]*)\"");
    private static final Pattern HEADING =
            Pattern.compile("<h1 id=\"explainer-heading\">([^<]*)</h1>");

    private ChromeDriver browser;
    private WebDriverWait wait;

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
    void everyExplainerAnswersInEnglishAndSpanishWithTheHelplines() {
        for (String path : paths()) {
            Http.Answer english = Http.get(TestServer.base().resolve(path.substring(1)));
            Http.Answer spanishByLink = Http.get(path + "?lang=es");
            Http.Answer spanishByBrowser =
                    Http.get(
                            TestServer.base().resolve(path.substring(1)),
                            "Accept-Language",
                            "es-MX,es;q=0.9");

            for (Http.Answer answer : List.of(english, spanishByLink, spanishByBrowser)) {
                assertThat(answer.status()).as(path).isEqualTo(200);
                assertThat(answer.contentType()).as(path).startsWith("text/html");
                // The deployment's helpline with who answers it, and the 988 line, on every page
                assertThat(answer.body())
                        .as(path)
                        .contains("id=\"helpline\"", "1-800-662-4357", "id=\"who-answers\"")
                        .contains("id=\"crisis-line\"", "href=\"tel:988\"");
                assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
            assertThat(htmlLang(english)).as(path).isEqualTo("en");
            assertThat(htmlLang(spanishByLink)).as(path).isEqualTo("es");
            assertThat(htmlLang(spanishByBrowser)).as(path).isEqualTo("es");

            String englishHeading = heading(english);
            assertThat(englishHeading).as(path).isNotBlank();
            assertThat(heading(spanishByLink))
                    .as(path)
                    .isNotBlank()
                    .isNotEqualTo(englishHeading)
                    .isEqualTo(heading(spanishByBrowser));
        }
    }

    @Test
    void eachClosingLinkFindsProgramsWithItsFilterInEnglish() {
        for (Explainer explainer : EXPLAINERS) {
            followClosingLink(explainer, false);
        }
    }

    @Test
    void eachClosingLinkFindsProgramsWithItsFilterAndKeepsSpanish() {
        for (Explainer explainer : EXPLAINERS) {
            followClosingLink(explainer, true);
        }
    }

    @Test
    void payingEndsWithMedicaidAndSlidingFeeSearches() {
        browser.get(url("/learn/paying"));
        List<String> hrefs =
                browser.findElements(By.cssSelector("#explainer-search a.search-link")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList();
        assertThat(hrefs).hasSizeGreaterThanOrEqualTo(2);
        assertThat(hrefs.subList(hrefs.size() - 2, hrefs.size()))
                .satisfiesExactly(
                        h -> assertThat(h).endsWith("/?payment=MD"),
                        h -> assertThat(h).endsWith("/?paymentAssistance=SS"));

        browser.findElement(By.cssSelector("#explainer-search a[href$='payment=MD']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
        assertThat(browser.getCurrentUrl()).contains("payment=MD");
        assertThat(browser.findElements(By.cssSelector(".result"))).isNotEmpty();
        assertThat(summaryTotal()).isPositive().isEqualTo(apiTotal("payment=MD"));
    }

    @Test
    void theHeaderLeadsToTheIndexWhichLeadsToEveryExplainerInTheChosenLanguage() {
        browser.get(url("/?lang=es"));
        browser.findElement(By.cssSelector(".site-header nav a[href*='/learn']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("explainer-heading")));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(INDEX);
        assertThat(URI.create(browser.getCurrentUrl()).getQuery()).isEqualTo("lang=es");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");

        List<String> listed =
                browser.findElements(By.cssSelector("#explainers a")).stream()
                        .map(a -> URI.create(a.getAttribute("href")))
                        .peek(u -> assertThat(u.getQuery()).as(u.toString()).isEqualTo("lang=es"))
                        .map(URI::getPath)
                        .toList();
        assertThat(listed)
                .containsExactlyElementsOf(EXPLAINERS.stream().map(Explainer::path).toList());
    }

    @Test
    void explainersLoadNothingFromAnotherHost() {
        for (String path : paths()) {
            browser.get(url(path + "?lang=es"));
            Object elsewhere =
                    browser.executeScript(
                            "return performance.getEntriesByType('resource')"
                                    + ".map(e => e.name)"
                                    + ".filter(n => new URL(n).origin !== location.origin);");
            assertThat((List<?>) elsewhere).as(path).isEmpty();
            assertThat(Browser.contentSecurityPolicyViolations(browser)).as(path).isEmpty();
        }
    }

    @Test
    void theSitemapListsTheExplainers() throws Exception {
        Http.Answer sitemap = Http.get("/sitemap.xml");
        assertThat(sitemap.status()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locations =
                factory.newDocumentBuilder()
                        .parse(new InputSource(new StringReader(sitemap.body())))
                        .getElementsByTagNameNS(
                                "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            listed.add(locations.item(i).getTextContent());
        }
        assertThat(listed).containsAll(paths()).doesNotHaveDuplicates();
    }

    private void followClosingLink(Explainer explainer, boolean spanish) {
        String label = explainer.path() + (spanish ? " (es)" : "");
        browser.get(url(explainer.path() + (spanish ? "?lang=es" : "")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as(label)
                .isEqualTo(spanish ? "es" : "en");
        String canonical =
                browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        assertThat(URI.create(canonical).getPath()).as(label).isEqualTo(explainer.path());

        // The page's last link is its search
        List<WebElement> links = browser.findElements(By.cssSelector("main a"));
        WebElement closing = links.get(links.size() - 1);
        assertThat(closing)
                .as(label)
                .isEqualTo(
                        browser.findElement(By.cssSelector("#explainer-search li:last-child a")));
        assertThat(closing.getAttribute("class")).as(label).contains("search-link");
        URI target = URI.create(closing.getAttribute("href"));
        assertThat(target.getPath()).as(label).isEqualTo("/");
        String query = target.getQuery() == null ? "" : target.getQuery();
        String expected =
                spanish
                        ? (explainer.closingQuery().isEmpty()
                                ? "lang=es"
                                : explainer.closingQuery() + "&lang=es")
                        : explainer.closingQuery();
        assertThat(query).as(label).isEqualTo(expected);

        closing.click();
        if (explainer.filters().isEmpty()) {
            // The search page itself, ready for a place
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("near")));
        } else {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
            assertThat(browser.findElements(By.cssSelector(".result"))).as(label).isNotEmpty();
            assertThat(summaryTotal())
                    .as(label)
                    .isPositive()
                    .isEqualTo(apiTotal(explainer.closingQuery()));
        }
        URI reached = URI.create(browser.getCurrentUrl());
        String reachedQuery = reached.getQuery() == null ? "" : reached.getQuery();
        assertThat(reached.getPath()).as(label).isEqualTo("/");
        assertThat(List.of(reachedQuery.split("&"))).as(label).containsAll(explainer.filters());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as(label)
                .isEqualTo(spanish ? "es" : "en");
        if (spanish) {
            assertThat(List.of(reachedQuery.split("&"))).as(label).contains("lang=es");
        }
    }

    private static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(INDEX));
        EXPLAINERS.forEach(e -> paths.add(e.path()));
        return paths;
    }

    private static String url(String pathAndQuery) {
        return TestServer.base().resolve(pathAndQuery.substring(1)).toString();
    }

    private static String htmlLang(Http.Answer answer) {
        Matcher m = HTML_LANG.matcher(answer.body());
        assertThat(m.find()).as("<html lang>").isTrue();
        return m.group(1);
    }

    private static String heading(Http.Answer answer) {
        Matcher m = HEADING.matcher(answer.body());
        assertThat(m.find()).as("<h1 id=explainer-heading>").isTrue();
        return m.group(1).strip();
    }

    /** The number of programs the results' heading announces, in either language's digits. */
    private long summaryTotal() {
        String text = browser.findElement(By.id("results-summary")).getText();
        Matcher number = Pattern.compile("\\d[\\d,.\\u00a0 ]*").matcher(text);
        return number.find() ? Long.parseLong(number.group().replaceAll("\\D", "")) : 0;
    }

    private static long apiTotal(String query) {
        return Http.get("/api/v1/facilities?" + query + "&size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
    }
}
