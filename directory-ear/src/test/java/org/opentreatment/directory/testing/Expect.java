package org.opentreatment.directory.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that several tests make of the running application, written once. */
public final class Expect {

    /**
     * The Content-Security-Policy of every answer that is not a page: resources from the site
     * itself only, no script but the site's own files, the one inline style PrimeFaces writes (by
     * its hash), no plugins, no framing.
     */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-hashes'"
                    + " 'sha256-7uk35RWzXWCplJn/WE/I9GwTiTp6VCsfJTzKz3qvs3A='"
                    + " 'sha256-biLFinpqYMtWHmXfkA1BPeCY0/fNt46SAZ+BBk5YUog='; img-src 'self' data:;"
                    + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** A page's policy: the same, and the page's own inline scripts by their nonce. */
    private static final Pattern PAGE_POLICY =
            Pattern.compile(
                    Pattern.quote(CONTENT_SECURITY_POLICY + "; script-src 'self' 'nonce-")
                            + "([A-Za-z0-9+/=]+)'");

    /** What every answer carries, whatever it is and whoever made it. */
    private static final Map<String, String> HEADERS =
            Map.of(
                    "Referrer-Policy", "same-origin",
                    "X-Content-Type-Options", "nosniff",
                    "X-Frame-Options", "DENY",
                    "Permissions-Policy", "geolocation=(self), camera=(), microphone=()",
                    "Cache-Control", "no-store");

    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private Expect() {}

    /**
     * The privacy and security headers of an answer over plain HTTP that is not a page (the API, a
     * static resource's 404, the server's own answers), each exactly once with its value; no
     * Strict-Transport-Security, which belongs to HTTPS.
     */
    public static void securityHeaders(Http.Answer answer, String what) {
        headersOfEveryAnswer(answer, what);
        assertThat(answer.headers().allValues("Content-Security-Policy"))
                .as(what)
                .containsExactly(CONTENT_SECURITY_POLICY);
    }

    /**
     * The same for a page: one policy, which lets the page's own scripts run by a nonce that every
     * one of its scripts carries; no inline event handler, which no nonce would allow.
     */
    public static void securityHeadersOfAPage(Http.Answer page, String what) {
        headersOfEveryAnswer(page, what);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(policies).as(what).hasSize(1);
        Matcher policy = PAGE_POLICY.matcher(policies.get(0));
        assertThat(policy.matches()).as(what + ": " + policies.get(0)).isTrue();
        String nonce = "nonce=\"" + policy.group(1) + "\"";
        assertThat(Pattern.compile("<script[^>]*>").matcher(page.body()).results())
                .as(what)
                .isNotEmpty()
                .allSatisfy(script -> assertThat(script.group()).contains(nonce));
        assertThat(page.body()).as(what).doesNotContainPattern("<[^>]+\\son[a-z]+\\s*=");
    }

    private static void headersOfEveryAnswer(Http.Answer answer, String what) {
        HEADERS.forEach(
                (name, value) ->
                        assertThat(answer.headers().allValues(name))
                                .as(what + ": " + name)
                                .containsExactly(value));
        assertThat(answer.headers().allValues("Strict-Transport-Security")).as(what).isEmpty();
    }

    /** The page a visitor gets while the directory cannot answer: 503, plain words, helplines. */
    public static void temporarilyUnavailablePage(Http.Answer page) {
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body())
                .contains("temporarily unavailable")
                .contains("1-800-662-4357")
                .contains("988")
                .doesNotContain(".java:");
    }

    /**
     * Only the operator may re-index (401 without credentials or with wrong ones, 403 for an
     * account without the role, each with a JSON body like every API error); the operator's
     * re-index ends without failure having indexed every listing of the sample.
     *
     * @return the last progress report, for further checks
     */
    public static JsonObject onlyTheOperatorReindexesEveryListing() {
        Http.Answer anonymous = Http.send("POST", "/api/v1/admin/index", null);
        apiError(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        apiError(Http.postJson("/api/v1/admin/index", "someone:wrong"), 401);
        apiError(Http.postJson("/api/v1/admin/index", Http.visitor()), 403);
        apiError(Http.send("GET", "/api/v1/admin/index", Http.visitor()), 403);

        JsonObject progress = Http.reindexAndWait();

        assertThat(progress.getBoolean("running")).isFalse();
        assertThat(progress.containsKey("failure")).isFalse();
        assertThat(progress.getJsonNumber("indexed").longValue())
                .isEqualTo(Long.parseLong(System.getProperty("it.sample.size")));
        return progress;
    }

    /**
     * A re-index starts only from a JSON POST: with the operator's own credentials, a form post
     * (what a page on another site can make a browser send), plain text or a POST without a body
     * type answer 415 in the API's error shape and start nothing.
     */
    public static void onlyAJsonPostStartsAReindex() {
        JsonObject before = Http.send("GET", "/api/v1/admin/index", Http.operator()).json();
        String[][] refused = {
            {"application/x-www-form-urlencoded", "start=1"},
            {
                "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--\r\n"
            },
            {"text/plain", "{}"},
            {null, null}
        };
        for (String[] body : refused) {
            Http.Answer answer =
                    Http.send("POST", "/api/v1/admin/index", Http.operator(), body[0], body[1]);
            apiError(answer, 415);
            assertThat(answer.body()).contains("application/json");
        }
        assertThat(Http.send("GET", "/api/v1/admin/index", Http.operator()).json())
                .isEqualTo(before);
    }

    /**
     * Wrong passwords lock an operator account ({@code it.lockout.failures} of them, for {@code
     * it.lockout.duration}): while it is locked, the right password and a wrong one get the same
     * 429 (nothing tells a guesser which was right), other operators go on, and the lock ends.
     */
    public static void anAccountIsLockedAfterWrongPasswordsAndTheLockEnds() {
        String user = System.getProperty("it.lockout.user");
        int failures = Integer.getInteger("it.lockout.failures");
        long lockSeconds =
                java.time.Duration.parse(System.getProperty("it.lockout.duration")).toSeconds();
        assertThat(progress(Http.lockoutOperator()).status()).isEqualTo(200);

        for (int i = 1; i <= failures; i++) {
            apiError(progress(user + ":wrong-" + i), 401);
        }
        Http.Answer right = progress(Http.lockoutOperator());
        Http.Answer wrong = progress(user + ":wrong-again");

        for (Http.Answer locked : List.of(right, wrong)) {
            apiError(locked, 429);
            assertThat(locked.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds ->
                                    assertThat(Long.parseLong(seconds)).isBetween(1L, lockSeconds));
        }
        assertThat(wrong.body().replaceAll("[0-9]+", "N"))
                .isEqualTo(right.body().replaceAll("[0-9]+", "N"));
        assertThat(wrong.headers().map().keySet()).isEqualTo(right.headers().map().keySet());
        assertThat(wrong.headers().firstValue("WWW-Authenticate"))
                .isEqualTo(right.headers().firstValue("WWW-Authenticate"));
        assertThat(progress(Http.operator()).status()).isEqualTo(200);

        await("the lock to end")
                .atMost(java.time.Duration.ofSeconds(lockSeconds + 30))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> progress(Http.lockoutOperator()).status(), status -> status == 200);
    }

    private static Http.Answer progress(String credentials) {
        return Http.send("GET", "/api/v1/admin/index", credentials);
    }

    /** An error answer of the API: the status, and JSON in the shape of every API error. */
    public static void apiError(Http.Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.isNull("parameter")).isTrue();
        assertThat(error.getString("message")).isNotBlank();
    }
}
