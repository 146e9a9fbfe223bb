package org.opentreatment.directory.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** Checks that several tests make of the running application, written once. */
public final class Expect {

    private Expect() {}

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
