package org.opentreatment.directory.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.Mailbox;
import org.opentreatment.directory.testing.SignIn;
import org.opentreatment.directory.testing.TestAccounts;

/**
 * Claims in the browser: a facility admin claims a listing from its page, a site admin approves or
 * rejects it with a reason, the requester reads the decision on their page and in their mailbox; a
 * facility admin cannot reach the site admin's decision, even by a forged address or post.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimsIT {

    private static final String PASSWORD = "claims test passphrase";

    private static Mailbox mailbox;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
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

    /** A different listing for each test, so that their claims do not mix. */
    private static JsonObject listing(int index) {
        return Http.get("/api/v1/facilities?size=10&state=OH")
                .json()
                .getJsonArray("results")
                .getJsonObject(index);
    }

    private static String account(String role) {
        String email = "it-" + role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        TestAccounts.make(email, PASSWORD, role);
        return email;
    }

    /** Claims the listing from its page as this facility admin (signing in on the way). */
    private void claimFromItsPage(String facilityAdmin, JsonObject listing, String note) {
        SignIn.open(browser, listing.getString("url"));
        browser.findElement(By.id("claim-link")).click();
        assertThat(SignIn.path(browser)).startsWith("/account/login?next=");
        SignIn.submit(browser, facilityAdmin, PASSWORD);
        assertThat(SignIn.path(browser)).isEqualTo("/manage/claim?id=" + listing.getInt("id"));
        assertThat(browser.findElement(By.id("claim-listing")).getText())
                .startsWith(listing.getString("name"));
        browser.findElement(By.id("claim:note")).sendKeys(note);
        SignIn.click(browser, "claim:submit");
        assertThat(browser.findElement(By.id("claim-sent")).getText())
                .startsWith("Your claim is sent.");
    }

    /** The decision page of the newest waiting claim for this listing, as the site admin. */
    private void openDecision(String listingName) {
        SignIn.open(browser, "/manage/claims");
        assertThat(browser.findElements(By.id("waiting")))
                .as("the claims waiting, on: %s", browser.findElement(By.tagName("main")).getText())
                .isNotEmpty();
        browser.findElement(
                        By.xpath(
                                "//table[@id='waiting']//tr[td[1][text()=\""
                                        + listingName
                                        + "\"]]//a[@class='decide-link']"))
                .click();
    }

    @Test
    void aClaimApprovedByASiteAdminIsTheRequestersAndTheyAreToldByEMail() throws Exception {
        String facilityAdmin = account("FACILITY_ADMIN");
        String siteAdmin = account("SITE_ADMIN");
        JsonObject listing = listing(4);

        claimFromItsPage(
                facilityAdmin, listing, "I am the clinical director; call the front desk.");
        SignIn.open(browser, "/manage/claims");
        assertThat(browser.findElement(By.cssSelector("#mine .claim-status")).getText())
                .isEqualTo("Waiting");
        // Claiming it again before a decision is refused, saying why
        SignIn.open(browser, "/manage/claim?id=" + listing.getInt("id"));
        SignIn.click(browser, "claim:submit");
        assertThat(browser.findElement(By.cssSelector(".form-problems")).getText())
                .contains("You asked to keep " + listing.getString("name") + " already");

        SignIn.as(browser, siteAdmin, PASSWORD);
        openDecision(listing.getString("name"));
        assertThat(browser.findElement(By.id("claim-requester")).getText()).contains(facilityAdmin);
        assertThat(browser.findElement(By.id("claim-note")).getText())
                .isEqualTo("I am the clinical director; call the front desk.");
        SignIn.click(browser, "decide:approve");
        assertThat(browser.findElement(By.id("decided")).getText()).startsWith("Approved.");

        MimeMessage mail = mailbox.await(facilityAdmin, 1);
        assertThat(mail.getSubject())
                .isEqualTo("You can now keep your listing in the treatment directory");
        assertThat(Mailbox.body(mail)).contains(listing.getString("name"));

        SignIn.as(browser, facilityAdmin, PASSWORD);
        SignIn.open(browser, "/manage/claims");
        assertThat(browser.findElement(By.cssSelector("#mine .claim-status")).getText())
                .isEqualTo("Approved");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheRequesterReads() throws Exception {
        String facilityAdmin = account("FACILITY_ADMIN");
        String siteAdmin = account("SITE_ADMIN");
        JsonObject listing = listing(5);
        claimFromItsPage(facilityAdmin, listing, "Front desk");

        SignIn.as(browser, siteAdmin, PASSWORD);
        openDecision(listing.getString("name"));
        SignIn.click(browser, "decide:reject");
        assertThat(browser.findElement(By.id("decide:reason-message")).getText())
                .isEqualTo("Say why the claim is rejected: the person who asked reads it.");
        browser.findElement(By.id("decide:reason"))
                .sendKeys("The program's phone says nobody of that name works there.");
        SignIn.click(browser, "decide:reject");
        assertThat(browser.findElement(By.id("decided")).getText()).startsWith("Rejected.");

        MimeMessage mail = mailbox.await(facilityAdmin, 1);
        assertThat(Mailbox.body(mail))
                .contains("The program's phone says nobody of that name works there.");
        SignIn.as(browser, facilityAdmin, PASSWORD);
        SignIn.open(browser, "/manage/claims");
        assertThat(browser.findElement(By.cssSelector("#mine .claim-status")).getText())
                .isEqualTo("Rejected");
        assertThat(browser.findElement(By.cssSelector("#mine")).getText())
                .contains("The program's phone says nobody of that name works there.");
    }

    @Test
    void aFacilityAdminCannotDecideEvenByAForgedAddress() throws Exception {
        String facilityAdmin = account("FACILITY_ADMIN");
        JsonObject listing = listing(6);
        claimFromItsPage(facilityAdmin, listing, "Let me in");
        long logLinesBefore = serverLog().count();

        // The decision page of some claim, asked for by a facility admin: 403, nothing shown
        Http.Answer forged =
                Http.send(
                        "GET",
                        java.net.URI.create(browser.getCurrentUrl()).resolve("/manage/decide?id=1"),
                        "Cookie",
                        SignIn.SESSION_COOKIE + "=" + SignIn.session(browser).getValue());
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This page is not for your account");
        SignIn.open(browser, "/manage/claims");
        assertThat(browser.findElements(By.id("waiting"))).isEmpty();
        // Refused in one warning line, by account id: no stack trace, no address
        assertThat(serverLog().skip(logLinesBefore))
                .anyMatch(line -> line.contains("Refused: account") && line.contains("site-admin"))
                .noneMatch(line -> line.contains("EJBAccessException"))
                .noneMatch(line -> line.contains(facilityAdmin));
    }

    private static java.util.stream.Stream<String> serverLog() throws java.io.IOException {
        return Files.readAllLines(
                Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"))
                .stream();
    }
}
