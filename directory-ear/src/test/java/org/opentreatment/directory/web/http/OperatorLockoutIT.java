package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * Wrong passwords lock the operators' endpoints for an account and for a client address. This
 * deployment has a short lock of its own (its settings outrank the server's); its locks end with
 * it, so no other test class meets them. The server exempts the tests' own address, 127.0.0.1, from
 * locks per address, so the test of those comes from 127.0.0.2, another client.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorLockoutIT {

    /**
     * A second client address: Linux routes all of 127/8 to loopback, and the build runs on Linux
     * (the CI machine and the README's platform), so this test needs no network of its own.
     */
    private static final String OTHER_CLIENT = "127.0.0.2";

    private static final int ADDRESS_FAILURES = 4;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithSettings(
                Map.of(
                        "directory.operators.lockout.account-failures",
                        System.getProperty("it.lockout.failures"),
                        "directory.operators.lockout.address-failures",
                        String.valueOf(ADDRESS_FAILURES),
                        "directory.operators.lockout.duration",
                        System.getProperty("it.lockout.duration")));
    }

    @Test
    void anAccountIsLockedAfterWrongPasswordsAndTheLogSaysSoOnceWithoutNamingIt()
            throws IOException {
        int before = lockLines("one account").size();

        Expect.anAccountIsLockedAfterWrongPasswordsAndTheLockEnds();

        assertThat(lockLines("one account")).hasSize(before + 1);
        // An account's name is an e-mail address: personal data, kept out of the log
        assertThat(serverLog())
                .noneMatch(l -> l.contains(System.getProperty("it.lockout.user")))
                .noneMatch(l -> l.contains("wrong-"));
    }

    private static List<String> lockLines(String what) throws IOException {
        return serverLog().stream()
                .filter(l -> l.contains("Sign-ins locked") && l.contains(what))
                .toList();
    }

    @Test
    void anAddressIsLockedAfterFailuresForAnyAccountsWhileOtherClientsGoOn() throws IOException {
        for (int i = 1; i <= ADDRESS_FAILURES; i++) {
            Expect.apiError(fromOtherClient("nobody-" + i + ":wrong"), 401);
        }

        Expect.apiError(fromOtherClient(Http.operator()), 429);
        Expect.apiError(fromOtherClient(null), 429);
        assertThat(Http.send("GET", "/api/v1/admin/index", Http.operator()).status())
                .isEqualTo(200);
        assertThat(serverLog())
                .anyMatch(l -> l.contains("Sign-ins locked") && l.contains("address"))
                .noneMatch(l -> l.contains(OTHER_CLIENT));

        await("the address's lock to end")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> fromOtherClient(Http.operator()).status(), status -> status == 200);
    }

    /** What the server answers a request that names no account, or names none well, is a 401. */
    @Test
    void oddCredentialsAreA401NotAnError() {
        for (String authorization :
                List.of("Basic dGVzdA==", "Basic OnNlY3JldA==", "Bearer abc", "Basic")) {
            Http.Answer answer =
                    RawHttp.request("GET", "/api/v1/admin/index")
                            .header("Authorization", authorization)
                            .send();
            assertThat(answer.status()).as(authorization).isEqualTo(401);
            assertThat(answer.contentType()).as(authorization).startsWith("application/json");
        }
    }

    private static Http.Answer fromOtherClient(String credentials) {
        RawHttp request = RawHttp.request("GET", "/api/v1/admin/index").from(OTHER_CLIENT);
        return credentials == null ? request.send() : request.credentials(credentials).send();
    }

    private static List<String> serverLog() throws IOException {
        return Files.readAllLines(
                Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
    }
}
