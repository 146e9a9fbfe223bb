package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.TestServer;

/**
 * The rate limit per client address, with a small limit and the test's own address no longer exempt
 * (the test server exempts it so that the other tests never meet the limit).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    static final int PER_MINUTE = 6;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithSettings(
                Map.of(
                        Settings.RATE_LIMIT_PER_MINUTE,
                        String.valueOf(PER_MINUTE),
                        // an address that never asks (TEST-NET-1), in place of the server's
                        // 127.0.0.1
                        Settings.THROTTLE_EXEMPT_ADDRESSES,
                        "192.0.2.1"));
    }

    @Test
    void pastTheLimitPagesAndTheApiAnswer429WithRetryAfterAndTheHelplines() {
        for (int i = 0; i < PER_MINUTE / 2; i++) {
            assertThat(Http.get("/api/v1/facilities?state=OH").status()).isEqualTo(200);
            assertThat(Http.get("/about").status()).isEqualTo(200);
        }
        // The page's style sheet is not counted
        assertThat(Http.get("/jakarta.faces.resource/css/directory.css.xhtml").status())
                .isEqualTo(200);

        Http.Answer api =
                Http.get(
                        TestServer.base().resolve("api/v1/facilities?state=OH"),
                        "Origin",
                        "https://other.example.org");
        Http.Answer page = Http.get("/?near=43215");

        assertThat(api.status()).isEqualTo(429);
        assertThat(api.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("Too many requests");
        assertThat(api.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds ->
                                assertThat(Long.parseLong(seconds))
                                        .isBetween(1L, 60L / PER_MINUTE + 1));
        // Another site's script that called the API can read why it was refused
        assertThat(api.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        assertThat(api.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("Retry-After");
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body())
                .contains("Please wait a moment")
                .contains("1-800-662-4357")
                .contains("988");
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
    }
}
