package org.opentreatment.directory.web.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Region and city pages as a person reaches them: the states, a state with its cities and their
 * live counts, a city, a facility; a real 404 with places to choose for an unknown address; the
 * filters keep to the page's address; the sitemap lists them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegionPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A link of a region list: its text, address and count. */
    record Listed(String name, String href, long count) {}

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
    void statesToStateToCityToFacilityWithCountsThatHold() {
        browser.get(TestServer.base().resolve("treatment").toString());
        List<Listed> states = listed("#states li");
        assertThat(states).isNotEmpty();
        assertThat(states).extracting(Listed::name).isSorted();
        Listed state = states.stream().max(Comparator.comparingLong(Listed::count)).orElseThrow();

        browser.findElement(By.linkText(state.name())).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("region-heading")));
        String code = stateCodeOfFirstResult();
        assertThat(browser.getCurrentUrl()).matches(".*/treatment/[a-z-]+");
        assertThat(browser.findElement(By.id("region-heading")).getText())
                .isEqualTo(state.name() + " Rehab Programs");
        assertThat(browser.getTitle()).startsWith(state.name() + " Rehab Programs");
        assertThat(browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"))
                .endsWith(state.href().replaceAll("^.*(/treatment/)", "$1"));
        assertThat(summaryTotal()).isEqualTo(state.count()).isEqualTo(apiTotal("state=" + code));

        List<Listed> cities = listed("#cities li");
        assertThat(cities).isNotEmpty();
        assertThat(cities.stream().mapToLong(Listed::count).sum()).isEqualTo(state.count());
        Listed city = cities.get(0);
        browser.findElement(By.linkText(city.name())).click();
        wait.until(
                ExpectedConditions.urlContains(city.href().replaceAll("^.*(/treatment/)", "$1")));
        assertThat(browser.findElement(By.id("region-heading")).getText())
                .isEqualTo(
                        city.name() + ", " + code + " Heroin, Drug and Alcohol Treatment Centers");
        assertThat(summaryTotal()).isEqualTo(city.count());
        assertThat(browser.findElements(By.cssSelector(".result-address")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getText()).contains(city.name() + ", " + code));

        String name = browser.findElement(By.cssSelector(".facility-link")).getText();
        browser.findElement(By.cssSelector(".facility-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facility-name")));
        assertThat(browser.findElement(By.id("facility-name")).getText()).isEqualTo(name);
    }

    @Test
    void filtersOnARegionPageKeepToItsAddress() {
        browser.get(TestServer.base().resolve("treatment").toString());
        Listed state =
                listed("#states li").stream()
                        .max(Comparator.comparingLong(Listed::count))
                        .orElseThrow();
        browser.get(state.href());
        long all = summaryTotal();
        String code = stateCodeOfFirstResult();
        WebElement buprenorphine = browser.findElement(By.id("f-medication-BU"));
        buprenorphine.click();
        browser.findElement(By.id("apply-filters")).click();
        wait.until(ExpectedConditions.urlContains("medication=BU"));

        String url = browser.getCurrentUrl();
        assertThat(url).contains("/treatment/").doesNotContain("state=");
        assertThat(summaryTotal())
                .isEqualTo(apiTotal("state=" + code + "&medication=BU"))
                .isLessThanOrEqualTo(all);
        browser.findElement(By.id("clear-all")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("medication=")));
        assertThat(browser.getCurrentUrl()).isEqualTo(state.href());
    }

    @Test
    void anUnknownStateOrCityIsARealNotFoundWithPlacesToChoose() {
        Http.Answer state = Http.get("/treatment/narnia");
        assertThat(state.status()).isEqualTo(404);
        assertThat(state.body()).contains("id=\"suggestions\"").contains("/treatment/");

        browser.get(TestServer.base().resolve("treatment").toString());
        Listed known = listed("#states li").get(0);
        String statePath = known.href().replaceAll("^.*(/treatment/)", "$1");
        Http.Answer city = Http.get(statePath + "/atlantis");
        assertThat(city.status()).isEqualTo(404);
        assertThat(city.body()).contains("id=\"suggestions\"").contains(statePath + "/");

        assertThat(Http.get("/treatment/ohio/columbus/extra").status()).isEqualTo(404);
        assertThat(Http.get("/treatment/Ohio").status()).isEqualTo(404);
    }

    @Test
    void theSitemapListsTheRegionPages() throws Exception {
        Http.Answer sitemap = Http.get("/sitemap.xml");
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.contentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml =
                factory.newDocumentBuilder()
                        .parse(new InputSource(new StringReader(sitemap.body())));
        NodeList locations =
                xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            paths.add(locations.item(i).getTextContent());
        }
        assertThat(paths)
                .contains("/", "/treatment")
                .anyMatch(p -> p.matches("/treatment/[a-z-]+/[a-z0-9-]+"));
        for (String path : paths.subList(0, Math.min(paths.size(), 8))) {
            assertThat(Http.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aRegionPageInSpanish() {
        browser.get(TestServer.base().resolve("treatment?lang=es").toString());
        Listed state = listed("#states li").get(0);
        assertThat(state.href()).contains("lang=es");
        browser.get(state.href());
        assertThat(browser.findElement(By.id("region-heading")).getText())
                .isEqualTo("Programas de rehabilitación en " + state.name());
    }

    private List<Listed> listed(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(
                        li -> {
                            WebElement link = li.findElement(By.tagName("a"));
                            return new Listed(
                                    link.getText(),
                                    link.getAttribute("href"),
                                    Long.parseLong(
                                            li.getText().replaceAll(".*\\((\\d+)\\)$", "$1")));
                        })
                .toList();
    }

    private long summaryTotal() {
        String text = browser.findElement(By.id("results-summary")).getText();
        return text.startsWith("No ") ? 0 : Long.parseLong(text.replaceAll("^(\\d+) .*", "$1"));
    }

    // The page's state, as its first result's address writes it
    private String stateCodeOfFirstResult() {
        String address = browser.findElement(By.cssSelector(".result-address")).getText();
        return address.replaceAll(".*, ([A-Z]{2}) \\d{5}$", "$1");
    }

    private static long apiTotal(String query) {
        return Http.get("/api/v1/facilities?" + query + "&size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
    }
}
