package org.opentreatment.directory.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The accounts the tests sign in with, made through {@link TestAccountsResource} in the deployed
 * application: the operator, an account without the operator's role (the "visitor"), and an
 * operator that only the lock-out test locks. Their addresses and passwords are the build's ({@code
 * it.operator.user}, ...).
 */
public final class TestAccounts {

    private static volatile boolean made;

    private TestAccounts() {}

    /** Makes the standard accounts once per test run (the database outlives deployments). */
    public static void ensure() {
        if (made) {
            return;
        }
        synchronized (TestAccounts.class) {
            if (!made) {
                make(
                        System.getProperty("it.operator.user"),
                        System.getProperty("it.operator.password"),
                        "OPERATOR");
                make(
                        System.getProperty("it.visitor.user"),
                        System.getProperty("it.visitor.password"),
                        "FACILITY_ADMIN");
                make(
                        System.getProperty("it.lockout.user"),
                        System.getProperty("it.lockout.password"),
                        "OPERATOR");
                made = true;
            }
        }
    }

    /** The database was emptied (PostgreSql.emptyApplicationSchema): make them again when asked. */
    static synchronized void forget() {
        made = false;
    }

    /** Makes (or remakes) an account; answers its id. */
    public static long make(String email, String password, String role, long... facilities) {
        String form =
                Stream.concat(
                                Stream.of(
                                        "email=" + encode(email),
                                        "password=" + encode(password),
                                        "role=" + role),
                                java.util.Arrays.stream(facilities)
                                        .mapToObj(id -> "facility=" + id))
                        .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    TestServer.base()
                                                            .resolve("/api/v1/test-accounts"))
                                            .header(
                                                    "Content-Type",
                                                    "application/x-www-form-urlencoded")
                                            .POST(HttpRequest.BodyPublishers.ofString(form))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("making test account " + email).isEqualTo(200);
            return Long.parseLong(answer.body().strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
