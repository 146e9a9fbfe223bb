package org.opentreatment.directory.testing;

import static org.assertj.core.api.Assertions.assertThat;

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
                    + " 'sha256-7uk35RWzXWCplJn/WE/I9GwTiTp6VCsfJTzKz3qvs3A='; img-src 'self' data:;"
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
        apiError(Http.send("POST", "/api/v1/admin/index", "someone:wrong"), 401);
        apiError(Http.send("POST", "/api/v1/admin/index", Http.visitor()), 403);
        apiError(Http.send("GET", "/api/v1/admin/index", Http.visitor()), 403);

        JsonObject progress = Http.reindexAndWait();

        assertThat(progress.getBoolean("running")).isFalse();
        assertThat(progress.containsKey("failure")).isFalse();
        assertThat(progress.getJsonNumber("indexed").longValue())
                .isEqualTo(Long.parseLong(System.getProperty("it.sample.size")));
        return progress;
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
