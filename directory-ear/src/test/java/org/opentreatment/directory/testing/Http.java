package org.opentreatment.directory.testing;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/** A plain HTTP client for the tests that call the running application from outside. */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /** For the test servers' own HTTPS listeners, whose certificates are self-signed. */
    private static final HttpClient TRUSTING_CLIENT =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .sslContext(trustingAnyCertificate())
                    .build();

    private Http() {}

    public record Answer(
            int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    public static Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    /** A GET on the server's management port (health, metrics). */
    public static Answer management(String path) {
        return exchange(
                HttpRequest.newBuilder(
                        URI.create(
                                "http://localhost:"
                                        + System.getProperty("it.management.port")
                                        + path)));
    }

    /**
     * A GET on any address, with request headers given as name, value, name, value...; over HTTPS
     * any certificate is accepted (the test servers' listeners have self-signed ones).
     */
    public static Answer get(URI uri, String... headers) {
        return send("GET", uri, headers);
    }

    /** A request on any address, as {@link #get(URI, String...)}. */
    public static Answer send(String method, URI uri, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return exchange(request, "https".equals(uri.getScheme()) ? TRUSTING_CLIENT : CLIENT);
    }

    /** A request with HTTP Basic credentials, {@code "user:password"}, or none when null. */
    public static Answer send(String method, String pathAndQuery, String credentials) {
        return send(method, pathAndQuery, credentials, null, null);
    }

    /** A JSON POST, as the operators' endpoints want their state changes. */
    public static Answer postJson(String pathAndQuery, String credentials) {
        return send("POST", pathAndQuery, credentials, "application/json", "{}");
    }

    /** A request with credentials (or null) and a body of this type (or none when null). */
    public static Answer send(
            String method,
            String pathAndQuery,
            String credentials,
            String contentType,
            String body) {
        URI uri =
                TestServer.base()
                        .resolve(
                                pathAndQuery.startsWith("/")
                                        ? pathAndQuery.substring(1)
                                        : pathAndQuery);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return exchange(request);
    }

    private static Answer exchange(HttpRequest.Builder request) {
        return exchange(request, CLIENT);
    }

    private static Answer exchange(HttpRequest.Builder request, HttpClient client) {
        try {
            HttpResponse<String> response =
                    client.send(
                            request.timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * One listing of the running application's sample, found through the API, for tests that need a
     * real id, ZIP or phone without hard-coding one.
     */
    public static JsonObject anyListingIn(String state) {
        return get("/api/v1/facilities?size=1&state=" + state)
                .json()
                .getJsonArray("results")
                .getJsonObject(0);
    }

    /** The test operator's credentials for HTTP Basic, {@code "user:password"}. */
    public static String operator() {
        TestAccounts.ensure();
        return System.getProperty("it.operator.user")
                + ":"
                + System.getProperty("it.operator.password");
    }

    /** A test account without the operator role, {@code "user:password"}. */
    public static String visitor() {
        TestAccounts.ensure();
        return System.getProperty("it.visitor.user")
                + ":"
                + System.getProperty("it.visitor.password");
    }

    /**
     * An operator account that only the lock-out tests lock, {@code "user:password"}; the server
     * locks it after {@code it.lockout.failures} wrong passwords for {@code it.lockout.duration}.
     */
    public static String lockoutOperator() {
        TestAccounts.ensure();
        return System.getProperty("it.lockout.user")
                + ":"
                + System.getProperty("it.lockout.password");
    }

    /**
     * Starts a re-index as the test operator (a JSON POST) and follows its progress until it ends
     * (at most a minute), returning the last progress report.
     */
    public static JsonObject reindexAndWait() {
        Instant requested = Instant.now().minusSeconds(1);
        Answer started = postJson("/api/v1/admin/index", operator());
        if (started.status() != 202) {
            throw new IllegalStateException("Re-index not started: " + started.status());
        }
        // This rebuild's report, never the previous one's: it started after the request.
        return await("the re-index to end")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> send("GET", "/api/v1/admin/index", operator()).json(),
                        progress ->
                                progress.containsKey("started")
                                        && !Instant.parse(progress.getString("started"))
                                                .isBefore(requested)
                                        && !progress.getBoolean("running")
                                        && progress.containsKey("finished"));
    }

    /** Only for the test server's own generated certificate: these requests go to localhost. */
    static SSLContext trustingAnyCertificate() {
        TrustManager trustAll =
                new X509ExtendedTrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public void checkClientTrusted(
                            X509Certificate[] chain, String authType, java.net.Socket socket) {}

                    @Override
                    public void checkServerTrusted(
                            X509Certificate[] chain, String authType, java.net.Socket socket) {}

                    @Override
                    public void checkClientTrusted(
                            X509Certificate[] chain, String authType, SSLEngine engine) {}

                    @Override
                    public void checkServerTrusted(
                            X509Certificate[] chain, String authType, SSLEngine engine) {}

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
