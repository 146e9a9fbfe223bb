package org.opentreatment.directory.web.facility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.FacilityPageFixture;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.TestServer;

/** A facility's page in a real browser, on a listing with every part the page shows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacilityPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFacilityPage();
    }

    static String path;

    ChromeDriver browser;

    // Arquillian deploys before a @BeforeAll of a client test runs.
    @BeforeAll
    static void addTheListing() {
        JsonObject loaded = Http.send("POST", "/api/v1/test-facility-page", null).json();
        path =
                "facility/"
                        + loaded.getJsonNumber("id").longValue()
                        + "/"
                        + loaded.getString("slug");
    }

    @AfterAll
    static void removeTheListing() {
        assertThat(Http.send("DELETE", "/api/v1/test-facility-page", null).status()).isEqualTo(204);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void open(String query) {
        browser.get(TestServer.base().resolve(path + query).toString());
    }

    private List<String> items(String groupId) {
        return browser.findElements(By.cssSelector("#" + groupId + " li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String hours(String day) {
        return browser.findElement(By.cssSelector("#hours tr[data-day='" + day + "'] td"))
                .getText();
    }

    private int top(String id) {
        return browser.findElement(By.id(id)).getLocation().getY();
    }

    @Test
    void servicesInTheLocatorsGroupsHoursAndThePhoneFirst() {
        open("");

        assertThat(browser.findElement(By.id("facility-name")).getText())
                .isEqualTo(FacilityPageFixture.NAME);
        assertThat(items("group-typeOfCare"))
                .containsExactly(
                        "Detoxification",
                        "Treatment for co-occurring substance use and serious mental illness");
        assertThat(items("group-medications")).containsExactly("Buprenorphine");
        assertThat(items("group-payment")).containsExactly("Private health insurance", "Medicaid");
        assertThat(items("group-paymentAssistance")).containsExactly("Sliding fee scale");
        // SP as a language service and SP as a language: Spanish once.
        assertThat(items("group-languages")).containsExactly("Spanish", "Vietnamese");

        assertThat(hours("MO"))
                .contains("8:00")
                .contains("12:00")
                .contains("1:00")
                .contains("5:00");
        assertThat(hours("TU")).contains("8:00").contains("5:00");
        assertThat(hours("SU")).isEqualTo("Closed");
        assertThat(hours("SA")).isEqualTo("Open 24 hours");
        assertThat(browser.findElement(By.id("walk-in")).getText()).startsWith("Walk-ins welcome");
        assertThat(browser.findElement(By.id("accepting")).getText())
                .isEqualTo("Accepting new patients.");
        assertThat(browser.findElement(By.id("verified")).getText()).contains("3 days ago");
        assertThat(browser.findElement(By.id("call-first")).getText())
                .startsWith("Call before you go");

        // The phone tap-to-call first, then the address, payment, hours; services below.
        assertThat(browser.findElement(By.id("facility-phone")).getAttribute("href"))
                .isEqualTo("tel:+16145550188");
        assertThat(
                        List.of(
                                top("facility-phone"),
                                top("facility-address"),
                                top("group-payment"),
                                top("hours"),
                                top("group-typeOfCare")))
                .isSorted();
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void directionsGoToTheFacilitysCoordinatesAndCarryNothingElse() {
        open("?near=43215&medication=BU");

        String href = browser.findElement(By.id("directions")).getAttribute("href");

        assertThat(href)
                .isEqualTo(
                        "https://www.openstreetmap.org/directions?route=%3B"
                                + FacilityPageFixture.LATITUDE
                                + "%2C"
                                + FacilityPageFixture.LONGITUDE);
        assertThat(href).doesNotContain("43215").doesNotContain("BU");
    }

    @Test
    void jsonLdParsesNamesThePhoneAndCarriesTheNonceOfThePagesPolicy() {
        open("");
        String text =
                (String)
                        browser.executeScript(
                                "return document.getElementById('facility-json-ld').textContent");
        JsonObject clinic;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            clinic = reader.readObject();
        }

        assertThat(clinic.getString("@type")).isEqualTo("MedicalClinic");
        assertThat(clinic.getString("name")).isEqualTo(FacilityPageFixture.NAME);
        assertThat(clinic.getString("telephone")).isEqualTo(FacilityPageFixture.PHONE);
        assertThat(clinic.getJsonObject("geo").getJsonNumber("longitude").doubleValue())
                .isEqualTo(FacilityPageFixture.LONGITUDE);
        assertThat(clinic.getJsonArray("openingHoursSpecification")).hasSize(4);

        Http.Answer page = Http.get("/" + path);
        Matcher nonce =
                Pattern.compile(
                                "<script type=\"application/ld\\+json\" id=\"facility-json-ld\""
                                        + " nonce=\"([^\"]+)\"")
                        .matcher(page.body());
        assertThat(nonce.find()).as("the script's nonce").isTrue();
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("'nonce-" + nonce.group(1) + "'");
    }

    @Test
    void backToResultsKeepsTheSearchAndOnlyTheSearch() {
        open("?near=43215&radius=25&medication=BU&utm_source=mail");

        assertThat(browser.findElement(By.id("facility-name")).getText())
                .isEqualTo(FacilityPageFixture.NAME);
        WebElement back = browser.findElement(By.id("back-to-results"));
        assertThat(back.getText()).isEqualTo("Back to results");
        assertThat(back.getAttribute("href"))
                .isEqualTo(TestServer.base() + "?near=43215&radius=25&medication=BU");
        assertThat(browser.findElements(By.id("new-search"))).isEmpty();

        back.click();
        assertThat(browser.findElement(By.id("results-summary")).isDisplayed()).isTrue();
        assertThat(browser.getCurrentUrl()).endsWith("/?near=43215&radius=25&medication=BU");

        open("");
        assertThat(browser.findElements(By.id("back-to-results"))).isEmpty();
        assertThat(browser.findElement(By.id("new-search")).getAttribute("href"))
                .isEqualTo(TestServer.base().toString());
    }

    @Test
    void theSpanishPageShowsSpanishLabels() {
        open("?lang=es&near=43215");

        assertThat(browser.findElement(By.id("hours-heading")).getText()).isEqualTo("Horario");
        assertThat(browser.findElement(By.cssSelector("#hours tr[data-day='MO'] th")).getText())
                .isEqualTo("Lunes");
        assertThat(hours("MO")).isEqualTo("8:00 – 12:00, 13:00 – 17:00");
        assertThat(hours("SU")).isEqualTo("Cerrado");
        assertThat(items("group-medications")).containsExactly("Buprenorfina");
        assertThat(items("group-languages")).containsExactly("Español", "Vietnamita");
        assertThat(browser.findElement(By.id("call-first")).getText()).startsWith("Llame antes");
        WebElement back = browser.findElement(By.id("back-to-results"));
        assertThat(back.getText()).isEqualTo("Volver a los resultados");
        assertThat(back.getAttribute("href")).endsWith("/?near=43215&lang=es");
        assertThat(browser.findElement(By.id("report-heading")).getText())
                .isEqualTo("Informar de un problema con esta ficha");
    }
}
