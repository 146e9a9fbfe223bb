package org.opentreatment.directory.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.Mailbox;
import org.opentreatment.directory.testing.SignIn;
import org.opentreatment.directory.testing.TestAccounts;

/**
 * Accounts in the browser, against the packaged application, its database and a real SMTP server in
 * this JVM: signing in and out, the session id changed at sign-in, the lock after wrong passwords,
 * a password reset that works once only, registering with a confirmed address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {

    /** A protected page that every account may open. */
    private static final String OWN_ACCOUNT_PAGE = "/account/password";

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

    private static String someone() {
        return "it-" + UUID.randomUUID() + "@example.org";
    }

    private static String facilityAdmin(String password) {
        String email = someone();
        TestAccounts.make(email, password, "FACILITY_ADMIN");
        return email;
    }

    @Test
    void aProtectedPageAsksToSignInAndComesBackTheSessionIdChangesAndSigningOutEndsIt() {
        String password = "correct horse battery";
        String first = facilityAdmin(password);
        String second = facilityAdmin(password);

        SignIn.open(browser, OWN_ACCOUNT_PAGE);
        assertThat(SignIn.path(browser)).isEqualTo("/account/login?next=%2Faccount%2Fpassword");
        SignIn.submit(browser, first, password);
        assertThat(SignIn.path(browser)).isEqualTo(OWN_ACCOUNT_PAGE);
        assertThat(browser.findElement(By.id("change-heading")).getText())
                .isEqualTo("Change your password");
        Cookie session = SignIn.session(browser);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        // Signing in again in the same browser, as another account: a new id, the old one dead
        SignIn.as(browser, second, password);
        assertThat(SignIn.path(browser)).as("signed in again").isEqualTo("/manage/");
        Cookie renewed = SignIn.session(browser);
        assertThat(renewed.getValue()).isNotEqualTo(session.getValue());
        Http.Answer withOldId =
                Http.send(
                        "GET",
                        java.net.URI.create(browser.getCurrentUrl()).resolve(OWN_ACCOUNT_PAGE),
                        "Cookie",
                        SignIn.SESSION_COOKIE + "=" + session.getValue());
        assertThat(withOldId.status()).as("the old session id").isEqualTo(302);

        SignIn.open(browser, OWN_ACCOUNT_PAGE);
        SignIn.click(browser, "signout:signout-button");
        assertThat(browser.findElement(By.id("signed-out")).getText())
                .isEqualTo("You have signed out.");
        SignIn.open(browser, OWN_ACCOUNT_PAGE);
        assertThat(SignIn.path(browser)).startsWith("/account/login?next=");
    }

    @Test
    void wrongPasswordsLockTheAccountWithAClearMessageEvenForTheRightOne() {
        String password = "right password for the lock";
        String email = facilityAdmin(password);

        SignIn.open(browser, "/account/login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            SignIn.submit(browser, email, "wrong guess " + attempt);
            assertThat(browser.findElement(By.cssSelector(".form-problems")).getText())
                    .contains("The e-mail address or the password is wrong");
            // What was typed stays, but the password
            assertThat(browser.findElement(By.id("signin:email")).getAttribute("value"))
                    .isEqualTo(email);
            assertThat(browser.findElement(By.id("signin:password")).getAttribute("value"))
                    .isEmpty();
        }

        SignIn.submit(browser, email, password);

        assertThat(browser.findElement(By.cssSelector(".form-problems")).getText())
                .contains("Too many failed sign-ins for this account")
                .contains("Forgot your password?");
        assertThat(SignIn.path(browser)).startsWith("/account/login");
        // Another account from the same address goes on (the test server exempts 127.0.0.1 from
        // the limit per address; per account applies)
        String other = facilityAdmin(password);
        SignIn.submit(browser, other, password);
        assertThat(SignIn.path(browser)).isEqualTo("/manage/");
    }

    @Test
    void aPasswordResetLinkWorksOnceAndOnlyOnceAndEndsTheOldPassword() throws Exception {
        String email = facilityAdmin("the old password, long");

        SignIn.open(browser, "/account/forgot");
        browser.findElement(By.id("forgot:email")).sendKeys(email);
        SignIn.click(browser, "forgot:submit");
        assertThat(browser.findElement(By.id("link-sent")).getText())
                .startsWith("If this address has an account");
        // The same answer for an address without an account, and no mail for it
        String stranger = someone();
        SignIn.open(browser, "/account/forgot");
        browser.findElement(By.id("forgot:email")).sendKeys(stranger);
        SignIn.click(browser, "forgot:submit");
        assertThat(browser.findElement(By.id("link-sent")).getText())
                .startsWith("If this address has an account");

        MimeMessage mail = mailbox.await(email, 1);
        assertThat(mail.getSubject()).isEqualTo("Set a new password for the treatment directory");
        String link = Mailbox.linkPath(mail);
        assertThat(link).startsWith("/account/reset?token=");

        SignIn.open(browser, link);
        browser.findElement(By.id("reset:password")).sendKeys("short");
        browser.findElement(By.id("reset:repeated")).sendKeys("short");
        SignIn.click(browser, "reset:submit");
        assertThat(browser.findElement(By.id("reset:password-message")).getText())
                .contains("Use at least 12 characters");

        String fresh = "a brand new passphrase";
        browser.findElement(By.id("reset:password")).sendKeys(fresh);
        browser.findElement(By.id("reset:repeated")).sendKeys(fresh);
        SignIn.click(browser, "reset:submit");
        assertThat(browser.findElement(By.id("password-set")).getText())
                .isEqualTo("Your password is set. Sign in with it.");

        SignIn.submit(browser, email, "the old password, long");
        assertThat(browser.findElement(By.cssSelector(".form-problems")).getText())
                .contains("The e-mail address or the password is wrong");
        SignIn.submit(browser, email, fresh);
        assertThat(SignIn.path(browser)).isEqualTo("/manage/");

        // Used once: the link is no good any more
        SignIn.open(browser, link);
        assertThat(browser.findElement(By.id("link-no-good")).getText())
                .isEqualTo("This link has expired or has been used already.");
        assertThat(browser.findElements(By.id("reset:password"))).isEmpty();
        assertThat(mailbox.to(stranger)).isEmpty();
    }

    @Test
    void registeringNeedsTheConfirmedAddressBeforeSigningIn() throws Exception {
        String email = someone();
        String password = "my program's passphrase";

        SignIn.open(browser, "/account/register?lang=es");
        browser.findElement(By.id("register:name")).sendKeys("Dana Ortiz");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:repeated")).sendKeys("something else entirely");
        SignIn.click(browser, "register:submit");
        assertThat(browser.findElement(By.id("register:repeated-message")).getText())
                .isEqualTo(
                        "Las dos contraseñas no coinciden. Escriba dos veces la misma contraseña nueva.");
        assertThat(browser.findElement(By.id("register:name")).getAttribute("value"))
                .isEqualTo("Dana Ortiz");
        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:repeated")).sendKeys(password);
        SignIn.click(browser, "register:submit");
        assertThat(browser.findElement(By.id("registered")).getText()).startsWith("Gracias.");

        MimeMessage mail = mailbox.await(email, 1);
        assertThat(mail.getSubject())
                .isEqualTo("Confirme su correo electrónico para el directorio de tratamiento");
        assertThat(Mailbox.body(mail)).startsWith("Hola, Dana Ortiz:");

        SignIn.as(browser, email, password);
        assertThat(browser.findElement(By.cssSelector(".form-problems")).getText())
                .contains("If you registered recently");

        // The link opens the page in the language the person registered in
        assertThat(Mailbox.linkPath(mail)).endsWith("&lang=es");
        SignIn.open(browser, Mailbox.linkPath(mail));
        SignIn.click(browser, "verify:submit");
        assertThat(browser.findElement(By.id("verified")).getText())
                .startsWith("Su dirección quedó confirmada");
        SignIn.as(browser, email, password);
        assertThat(SignIn.path(browser)).isEqualTo("/manage/");
    }
}
