package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentreatment.directory.testing.Browser;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.TestServer;

/**
 * The privacy and security headers of every kind of answer, from the application and from the
 * server itself, on the WildFly the build provisions (configure-directory.cli), and the
 * Content-Security- Policy in a real browser: no page breaks it, and the PrimeFaces widgets still
 * work under it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFailures();
    }

    @ArquillianResource ManagementClient management;

    @Test
    void everyPageCarriesTheHeadersAndAPolicyThatOnlyItsOwnScriptsMeet() {
        JsonObject listed = Http.anyListingIn("OH");
        long id = listed.getJsonNumber("id").longValue();
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("/", 200);
        pages.put("/?near=" + listed.getString("zip") + "&radius=25&medication=BU", 200);
        pages.put("/facility/" + id, 200);
        pages.put("/about", 200);
        pages.put("/no/such/page", 404);
        pages.put("/facility/999999999/missing", 404);
        // Not found under the resources' path, by the default servlet: the not-found page
        pages.put("/jakarta.faces.resource/no-such.css", 404);
        // A bug: the server resets the response (headers and all) and shows the error page
        pages.put("/test-failure/exception", 500);
        // What a page answers while the database is down: sendError(503), then the error page
        pages.put("/test-failure/unavailable", 503);

        pages.forEach(
                (path, status) -> {
                    Http.Answer page = Http.get(path);
                    assertThat(page.status()).as(path).isEqualTo(status);
                    assertThat(page.contentType()).as(path).startsWith("text/html");
                    assertThat(page.body()).as(path).contains("1-800-662-4357");
                    Expect.securityHeadersOfAPage(page, path);
                    assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
                });
    }

    @Test
    void theApiAndTheAnswersTheServerGivesItselfCarryThemToo() {
        long id = Http.anyListingIn("TX").getJsonNumber("id").longValue();
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("/api/v1/facilities?near=43215&radius=50&dualDiagnosis=true", 200);
        answers.put("/api/v1/facilities/" + id, 200);
        answers.put("/api/v1/facilities/999999999", 404);
        answers.put("/api/v1/no-such-thing", 404);
        answers.put("/api/v1/facilities?radius=abc", 400);
        // The server's HTTP Basic challenge, before any code of ours runs
        answers.put("/api/v1/admin/index", 401);
        // A static resource that Faces does not find
        answers.put("/jakarta.faces.resource/no-such.css.xhtml", 404);
        answers.put("/jakarta.faces.resource/no-such.js.xhtml?ln=primefaces", 404);
        // Answers the server gives without the application: WEB-INF is never served, and a
        // directory's address without its slash is redirected
        answers.put("/WEB-INF/web.xml", 404);
        answers.put("/errors", 302);

        answers.forEach(
                (path, status) -> {
                    Http.Answer answer = Http.get(path);
                    assertThat(answer.status()).as(path).isEqualTo(status);
                    Expect.securityHeaders(answer, path);
                });
        Http.Answer wrongMethod = Http.send("DELETE", "/api/v1/facilities", null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        Expect.securityHeaders(wrongMethod, "DELETE /api/v1/facilities");
    }

    /** Only the static resources may be kept by browsers and proxies, and they are. */
    @Test
    void staticResourcesStayCacheable() {
        Http.Answer css = Http.get("/jakarta.faces.resource/css/directory.css.xhtml");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers().allValues("Cache-Control"))
                .singleElement()
                .asString()
                .startsWith("max-age=");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    /**
     * HSTS over HTTPS only, also behind a proxy that ends TLS (X-Forwarded-Proto, trusted with
     * proxy-address-forwarding); over plain HTTP the other tests find none. Two listeners are added
     * to the running server for this, on free ports: one for HTTPS with WildFly's self-signed
     * certificate, one that trusts a proxy's headers. They stay until the server stops, as removing
     * a listener would need a reload under the other tests.
     */
    @Test
    void strictTransportSecurityOverHttpsAndBehindATlsProxyOnly() {
        int https = freePort();
        int proxied = freePort();
        execute(addSocketBinding("it-https", https));
        ModelNode httpsListener =
                Operations.createAddOperation(listener("https-listener", "it-https"));
        httpsListener.get("socket-binding").set("it-https");
        httpsListener.get("ssl-context").set("applicationSSC");
        execute(httpsListener);
        execute(addSocketBinding("it-proxied", proxied));
        ModelNode proxiedListener =
                Operations.createAddOperation(listener("http-listener", "it-proxied"));
        proxiedListener.get("socket-binding").set("it-proxied");
        proxiedListener.get("proxy-address-forwarding").set(true);
        execute(proxiedListener);

        for (String path : java.util.List.of("about", "api/v1/facilities?state=OH", "no/such")) {
            Http.Answer overTls = Http.get(URI.create("https://localhost:" + https + "/" + path));
            assertThat(overTls.headers().allValues("Strict-Transport-Security"))
                    .as(path)
                    .containsExactly(Expect.STRICT_TRANSPORT_SECURITY);
            assertThat(overTls.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
        URI behindProxy = URI.create("http://localhost:" + proxied + "/about");
        assertThat(
                        Http.get(behindProxy, "X-Forwarded-Proto", "https")
                                .headers()
                                .allValues("Strict-Transport-Security"))
                .containsExactly(Expect.STRICT_TRANSPORT_SECURITY);
        assertThat(Http.get(behindProxy).headers().allValues("Strict-Transport-Security"))
                .isEmpty();
    }

    /** The class PrimeFaces gives an overlay once its opening transition has ended. */
    @Test
    void inTheBrowserNoPageBreaksThePolicyAndTheWidgetsWork() {
        JsonObject listed = Http.anyListingIn("OH");
        String zip = listed.getString("zip");
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(TestServer.base().toString());
            assertThat(Browser.contentSecurityPolicyViolations(browser)).as("home").isEmpty();

            // The page's own script runs under the policy: it shows the location button, which
            // stays hidden without it.
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("use-location")));
            // The radius menu works with the keyboard: move down from 25 miles to 50.
            WebElement radius = browser.findElement(By.id("radius"));
            radius.sendKeys(Keys.ARROW_DOWN);
            assertThat(new Select(radius).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("50");

            browser.findElement(By.id("near")).sendKeys(zip);
            browser.findElement(By.id("submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
            assertThat(browser.getCurrentUrl()).contains("near=" + zip).contains("radius=50");
            assertThat(browser.findElements(By.cssSelector(".result"))).isNotEmpty();
            assertThat(Browser.contentSecurityPolicyViolations(browser))
                    .as("search and results")
                    .isEmpty();

            browser.findElement(By.cssSelector(".facility-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facility-phone")));
            assertThat(Browser.contentSecurityPolicyViolations(browser)).as("facility").isEmpty();

            for (String path : java.util.List.of("about", "no/such/page")) {
                browser.get(TestServer.base().resolve(path).toString());
                assertThat(browser.findElement(By.id("helpline")).getText())
                        .contains("1-800-662-4357");
                assertThat(Browser.contentSecurityPolicyViolations(browser)).as(path).isEmpty();
            }

            // The console does report what the policy blocks: a script without the nonce
            browser.executeScript(
                    "var s = document.createElement('script'); s.textContent = 'window.x = 1';"
                            + " document.head.appendChild(s);");
            assertThat(Browser.contentSecurityPolicyViolations(browser)).isNotEmpty();
        } finally {
            browser.quit();
        }
    }

    private static ModelNode addSocketBinding(String name, int port) {
        ModelNode add =
                Operations.createAddOperation(
                        Operations.createAddress(
                                "socket-binding-group",
                                "standard-sockets",
                                "socket-binding",
                                name));
        add.get("port").set(port);
        // no port offset: the port is the free one found here
        add.get("fixed-port").set(true);
        return add;
    }

    private static ModelNode listener(String type, String name) {
        return Operations.createAddress(
                "subsystem", "undertow", "server", "default-server", type, name);
    }

    private void execute(ModelNode operation) {
        try {
            ModelNode result = management.getControllerClient().execute(operation);
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException(
                        Operations.getFailureDescription(result).asString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
