package org.opentreatment.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.RawHttp;

/**
 * The packaged application with two settings a production deployer gives, which the test server
 * leaves out: operators over HTTPS only (the default, which the test server relaxes for local use)
 * and the site's public address. HTTPS is the server's own listener with its self-signed
 * certificate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionSettingsIT {

    private static final String PUBLIC = "https://find.example.org";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithSettings(
                Map.of(
                        "directory.operators.allow-http",
                        "false",
                        "directory.public-base-url",
                        PUBLIC));
    }

    @Test
    void overPlainHttpTheOperatorIsRefusedEvenWithTheRightPasswordAndStartsNothing() {
        JsonObject before = overHttps("GET", Http.operator()).json();

        for (Http.Answer refused :
                new Http.Answer[] {
                    Http.send("GET", "/api/v1/admin/index", Http.operator()),
                    Http.postJson("/api/v1/admin/index", Http.operator()),
                    // Only a proxy the server was told to trust may say the client used HTTPS
                    RawHttp.request("GET", "/api/v1/admin/index")
                            .credentials(Http.operator())
                            .header("X-Forwarded-Proto", "https")
                            .send()
                }) {
            Expect.apiError(refused, 403);
            assertThat(refused.body()).contains("HTTPS");
        }

        assertThat(overHttps("GET", Http.operator()).json()).isEqualTo(before);
    }

    @Test
    void overHttpsTheOperatorIsServedAndOthersAreNot() {
        Http.Answer progress = overHttps("GET", Http.operator());

        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json().containsKey("running")).isTrue();
        Expect.apiError(overHttps("GET", Http.visitor()), 403);
        Expect.apiError(overHttps("GET", null), 401);
    }

    @Test
    void linksUseThePublicAddressWhateverTheHostHeaderSays() {
        Http.Answer answer =
                RawHttp.request("GET", "/api/v1/facilities?state=OH&size=20")
                        .header("Host", "evil.example")
                        .send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("evil.example");
        assertThat(answer.json().getJsonArray("results").getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(
                        r ->
                                assertThat(r.getString("url"))
                                        .matches(PUBLIC + "/facility/\\d+/[a-z0-9-]+"));
    }

    private static Http.Answer overHttps(String method, String credentials) {
        RawHttp request = RawHttp.request(method, "/api/v1/admin/index").overTls();
        return credentials == null ? request.send() : request.credentials(credentials).send();
    }
}
