package org.opentreatment.directory.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.TestServer;

/**
 * The filters of the public search as a person uses them in Chromium, and their counts as the API
 * gives them: every count is the total that choosing the value gives, values within a group widen
 * the search and groups narrow it, chips take one filter away, and the Spanish page and a phone
 * show the same search.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchFiltersIT {

    /** Wide enough around Columbus, OH to hold many of the test server's sample listings. */
    private static final String WIDE = "near=43215&radius=500";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

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
    void everyCountIsTheTotalThatChoosingTheValueGives() {
        String search = WIDE + "&medication=BU&dualDiagnosis=true";
        JsonObject answer = Http.get("/api/v1/facilities?" + search + "&facets=true").json();
        JsonObject facets = answer.getJsonObject("facets");
        long total = answer.getJsonNumber("total").longValue();
        assertThat(total).isPositive();

        List<Long> counts = new ArrayList<>();
        for (String group : List.of("medication", "typeOfCare", "payment", "otp", "accepting")) {
            for (JsonObject value : facets.getJsonArray(group).getValuesAs(JsonObject.class)) {
                if (value.getBoolean("chosen")) {
                    continue;
                }
                long count = value.getJsonNumber("count").longValue();
                String chosen = search + "&" + group + "=" + value.getString("code");
                assertThat(total(chosen)).as(chosen).isEqualTo(count);
                counts.add(count);
            }
        }
        // Another medication widens the search (OR); another group narrows it (AND).
        assertThat(facets.getJsonArray("medication").getValuesAs(JsonObject.class))
                .filteredOn(v -> !v.getBoolean("chosen"))
                .allSatisfy(
                        v ->
                                assertThat(v.getJsonNumber("count").longValue())
                                        .isGreaterThanOrEqualTo(total));
        assertThat(facets.getJsonArray("typeOfCare").getValuesAs(JsonObject.class))
                .allSatisfy(
                        v ->
                                assertThat(v.getJsonNumber("count").longValue())
                                        .isLessThanOrEqualTo(total));
        assertThat(counts.stream().distinct().count())
                .as("the counts tell values apart")
                .isGreaterThan(2);
    }

    @Test
    void aZipSearchWithTwoValuesInOneGroupAndOneInAnotherShowsTheCountsItPromised() {
        browser.get(TestServer.base().toString());
        browser.findElement(By.id("near")).sendKeys("43215");
        new Select(browser.findElement(By.id("radius"))).selectByValue("state");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));

        // Choose two medications and one payment, each promising its count.
        check("medication", "BU");
        check("medication", "MU");
        WebElement medicaid = option("payment", "MD");
        openGroup("payment");
        medicaid.click();
        browser.findElement(By.id("apply-filters")).click();
        wait.until(ExpectedConditions.urlContains("payment=MD"));

        String url = browser.getCurrentUrl();
        assertThat(url)
                .contains("medication=BU")
                .contains("medication=MU")
                .contains("radius=state");
        String query = url.substring(url.indexOf('?') + 1);
        List<Long> expected = ids("/api/v1/facilities?" + query);
        assertThat(expected).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".result")))
                .extracting(e -> Long.valueOf(e.getAttribute("data-id")))
                .containsExactlyElementsOf(expected.subList(0, Math.min(20, expected.size())));
        assertThat(browser.findElements(By.cssSelector(".result")))
                .allSatisfy(
                        r ->
                                assertThat(r.findElement(By.cssSelector(".tags")).getText())
                                        .containsAnyOf("Buprenorphine", "Methadone")
                                        .contains("Medicaid"));
        assertThat(browser.findElements(By.cssSelector(".result-address")))
                .allSatisfy(a -> assertThat(a.getText()).contains(", OH "));

        // The count shown beside a value is what choosing it gives.
        openGroup("typeOfCare");
        long promised = shownCount("typeOfCare", "SA");
        option("typeOfCare", "SA").click();
        browser.findElement(By.id("apply-filters")).click();
        wait.until(ExpectedConditions.urlContains("typeOfCare=SA"));
        assertThat(
                        total(
                                browser.getCurrentUrl()
                                        .substring(browser.getCurrentUrl().indexOf('?') + 1)))
                .isEqualTo(promised);
        assertThat(browser.findElement(By.id("results-summary")).getText())
                .startsWith(promised == 1 ? "1 program" : promised + " programs");
    }

    @Test
    void chipsTakeOneFilterAwayAndClearAllKeepsThePlace() {
        browser.get(TestServer.base() + "?" + WIDE + "&medication=BU&medication=MU&otp=true");
        assertThat(browser.findElements(By.cssSelector("#chips .chip"))).hasSize(3);
        assertThat(browser.findElement(By.id("filters-toggle")).getText()).contains("3 active");

        browser.findElement(By.xpath("//a[@class='chip'][contains(., 'Methadone')]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("medication=MU")));
        assertThat(browser.getCurrentUrl()).contains("medication=BU").contains("otp=true");
        assertThat(option("medication", "MU").isSelected()).isFalse();
        assertThat(option("medication", "BU").isSelected()).isTrue();

        browser.findElement(By.id("clear-all")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("otp=")));
        assertThat(browser.getCurrentUrl()).contains("near=43215").doesNotContain("medication=");
        assertThat(browser.findElements(By.cssSelector("#chips"))).isEmpty();
    }

    @Test
    void theSpanishSwitchKeepsTheSearchAndItsResults() {
        String search = WIDE + "&dualDiagnosis=true&medication=NU";
        browser.get(TestServer.base() + "?" + search);
        List<String> english = resultIds();
        assertThat(english).isNotEmpty();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.findElement(By.cssSelector("a.language-switch[hreflang=es]")).click();
        wait.until(ExpectedConditions.urlContains("lang=es"));

        assertThat(browser.getCurrentUrl())
                .contains("dualDiagnosis=true")
                .contains("medication=NU");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.id("results-summary")).getText()).contains("programa");
        assertThat(browser.findElement(By.cssSelector("label[for=f-medication-NU]")).getText())
                .startsWith("Naltrexona");
        assertThat(resultIds()).isEqualTo(english);

        // A new search from the Spanish form stays Spanish.
        WebElement near = browser.findElement(By.id("near"));
        near.clear();
        near.sendKeys("Columbus, OH");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.urlContains("Columbus"));
        assertThat(browser.getCurrentUrl()).contains("lang=es");
        assertThat(browser.findElement(By.id("submit")).getText()).isEqualTo("Buscar");
    }

    @Test
    void theBrowsersLanguageChoosesTheFirstLanguage() {
        Http.Answer spanish =
                Http.get(TestServer.base().resolve("about"), "Accept-Language", "es-MX,es;q=0.9");
        assertThat(spanish.body()).contains("lang=\"es\"");
        Http.Answer english =
                Http.get(TestServer.base().resolve("about"), "Accept-Language", "fr-FR,en;q=0.5");
        assertThat(english.body()).contains("lang=\"en\"");
    }

    @Test
    void onAPhoneTheResultsHeadingHasFocusAndIsInViewAndNothingScrollsSideways() {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(TestServer.base().toString());
        browser.findElement(By.id("near")).sendKeys("43215");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));

        assertThat(focusedId()).isEqualTo("results-summary");
        assertThat(inView("results-summary")).isTrue();
        assertThat(sidewaysScroll()).isFalse();
        // On a phone the filters fold behind one button that says how many are active.
        assertThat(browser.findElement(By.id("filters")).getAttribute("open")).isNull();

        WebElement near = browser.findElement(By.id("near"));
        near.clear();
        near.sendKeys("Nowhereville, ZZ");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
        assertThat(focusedId()).isEqualTo("problems");
        assertThat(inView("problems")).isTrue();
        assertThat(browser.findElement(By.id("near")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("near")).getAttribute("value"))
                .isEqualTo("Nowhereville, ZZ");
    }

    @Test
    void useMyLocationPutsTheRoundedPositionIntoTheUrlOnly() {
        browser.get(TestServer.base().toString());
        // The position the browser gives, faked in the page: the device's own would be wherever
        // the test runs, and headless Chromium has no location provider.
        browser.executeScript(
                "navigator.geolocation.getCurrentPosition = function (found) {"
                        + " found({coords: {latitude: 39.961234, longitude: -82.998765,"
                        + " accuracy: 50}}); };");
        browser.findElement(By.id("use-location")).click();
        wait.until(
                ExpectedConditions.or(
                        ExpectedConditions.urlContains("lat="),
                        ExpectedConditions.textMatches(
                                By.id("location-status"), java.util.regex.Pattern.compile(".+"))));
        assertThat(browser.findElements(By.id("location-status")))
                .as("the position was given to the page")
                .allSatisfy(s -> assertThat(s.getText()).isEmpty());

        assertThat(browser.getCurrentUrl())
                .contains("lat=39.96")
                .contains("lon=-83.00")
                .doesNotContain("39.9612");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
        assertThat(browser.findElements(By.cssSelector(".result-distance"))).isNotEmpty();
    }

    @Test
    void sortingByNameAndAPagePastTheEndSayWhatTheyDo() {
        browser.get(TestServer.base() + "?" + WIDE);
        assertThat(browser.findElement(By.id("range")).getText()).contains("nearest first");
        browser.findElement(By.xpath("//a[contains(@class,'sort-link')][.='Name']")).click();
        wait.until(ExpectedConditions.urlContains("sort=name"));
        List<String> names =
                browser.findElements(By.cssSelector(".facility-link")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(browser.findElement(By.id("range")).getText()).contains("sorted by name");

        browser.get(TestServer.base() + "?" + WIDE + "&page=400&size=5");
        assertThat(browser.findElement(By.id("past-the-end")).getText()).contains("no page 401");
        browser.findElement(By.cssSelector("#past-the-end a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result")));
        assertThat(browser.findElements(By.id("past-the-end"))).isEmpty();
    }

    @Test
    void placeNamesAutocompleteFromTheSitesOwnGazetteer() {
        JsonObject answer = Http.get("/api/v1/places?q=colum").json();
        assertThat(answer.getJsonArray("places").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("Columbus, OH", "Columbus, GA")
                .hasSizeLessThanOrEqualTo(8);
        assertThat(Http.get("/api/v1/places?q=c").json().getJsonArray("places")).isEmpty();
        assertThat(Http.get("/api/v1/places?q=" + "x".repeat(101)).status()).isEqualTo(400);

        browser.get(TestServer.base().toString());
        browser.findElement(By.id("near")).sendKeys("Columb");
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#place-names option[value='Columbus, OH']")));
        assertThat(browser.findElement(By.id("near")).getAttribute("list"))
                .isEqualTo("place-names");
    }

    @Test
    void theWordsThatMatchedAreMarkedInTheResults() {
        browser.get(TestServer.base() + "?" + WIDE + "&q=suboxon");
        List<WebElement> marked = browser.findElements(By.cssSelector(".result mark"));
        assertThat(marked).isNotEmpty();
        // The words typed and their correction are marked; a result found through a synonym
        // (buprenorphine for suboxone) has none of them to mark.
        assertThat(marked)
                .extracting(WebElement::getText)
                .allSatisfy(word -> assertThat(word.toLowerCase()).startsWith("suboxon"));
        // Without keywords nothing is marked
        browser.get(TestServer.base() + "?" + WIDE);
        assertThat(browser.findElements(By.cssSelector(".result mark"))).isEmpty();
    }

    @Test
    void twoResultsChosenAreComparedSideBySide() {
        browser.get(TestServer.base() + "?" + WIDE);
        List<WebElement> results = browser.findElements(By.cssSelector(".result"));
        assertThat(results).hasSizeGreaterThan(2);
        List<String> chosen = new ArrayList<>();
        for (WebElement result : results.subList(0, 2)) {
            chosen.add(result.findElement(By.cssSelector(".facility-link")).getText());
            result.findElement(By.cssSelector(".result-compare input")).click();
        }
        browser.findElement(By.id("compare-submit")).click();
        wait.until(ExpectedConditions.urlContains("/compare?"));

        assertThat(browser.getCurrentUrl()).matches(".*/compare\\?id=\\d+&id=\\d+");
        assertThat(browser.findElements(By.cssSelector("#compare thead th")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(chosen);
        WebElement phones =
                browser.findElement(By.xpath("//table[@id='compare']//tr[th[.='Phone']]"));
        assertThat(phones.findElements(By.tagName("td")))
                .hasSize(2)
                .allSatisfy(td -> assertThat(td.getText()).matches("[0-9() .-]{10,}"));
        // The comparison lives in its URL: reloaded, it shows the same programs
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector("#compare thead th")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(chosen);
    }

    @Test
    void theFiltersLinkToThePagesThatExplainThem() {
        browser.get(TestServer.base() + "?" + WIDE + "&lang=es");
        browser.findElement(By.cssSelector(".filter-flags .learn-more a")).click();
        wait.until(ExpectedConditions.urlContains("/learn/dual-diagnosis"));
        assertThat(browser.getCurrentUrl()).contains("lang=es");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    }

    @Test
    void theWholeStateKeepsToThePlacesState() {
        JsonObject answer = Http.get("/api/v1/facilities?near=43215&radius=state&size=100").json();
        assertThat(answer.getJsonArray("results").getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getString("state")).isEqualTo("OH"));
        browser.get(TestServer.base() + "?near=43215&radius=state");
        assertThat(browser.findElement(By.id("results-summary")).getText()).endsWith("in Ohio");
    }

    private void check(String group, String code) {
        WebElement box = option(group, code);
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void openGroup(String group) {
        WebElement fold =
                browser.findElement(By.xpath("//details[fieldset[@id='group-" + group + "']]"));
        if (fold.getAttribute("open") == null) {
            fold.findElement(By.tagName("summary")).click();
        }
    }

    private WebElement option(String group, String code) {
        return browser.findElement(By.id("f-" + group + "-" + code));
    }

    private long shownCount(String group, String code) {
        String label =
                browser.findElement(By.cssSelector("label[for=f-" + group + "-" + code + "]"))
                        .getText();
        return Long.parseLong(label.replaceAll(".*\\((\\d+)\\)$", "$1"));
    }

    private List<String> resultIds() {
        return browser.findElements(By.cssSelector(".result")).stream()
                .map(e -> e.getAttribute("data-id"))
                .toList();
    }

    private String focusedId() {
        return (String) browser.executeScript("return document.activeElement.id");
    }

    private boolean inView(String id) {
        return (Boolean)
                browser.executeScript(
                        "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + " return r.top > -2 && r.top < window.innerHeight;",
                        id);
    }

    private boolean sidewaysScroll() {
        return (Boolean)
                browser.executeScript(
                        "return document.documentElement.scrollWidth > window.innerWidth;");
    }

    private static long total(String query) {
        return Http.get("/api/v1/facilities?" + query + "&size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    private static List<Long> ids(String pathAndQuery) {
        return Http.get(pathAndQuery + "&size=100")
                .json()
                .getJsonArray("results")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(r -> r.getJsonNumber("id").longValue())
                .toList();
    }
}
