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
     * Only the operator may re-index (401 without credentials or with wrong ones); the operator's
     * re-index ends without failure having indexed every listing of the sample.
     *
     * @return the last progress report, for further checks
     */
    public static JsonObject onlyTheOperatorReindexesEveryListing() {
        assertThat(Http.send("POST", "/api/v1/admin/index", null).status()).isEqualTo(401);
        assertThat(Http.send("POST", "/api/v1/admin/index", "someone:wrong").status())
                .isEqualTo(401);

        JsonObject progress = Http.reindexAndWait();

        assertThat(progress.getBoolean("running")).isFalse();
        assertThat(progress.containsKey("failure")).isFalse();
        assertThat(progress.getJsonNumber("indexed").longValue())
                .isEqualTo(Long.parseLong(System.getProperty("it.sample.size")));
        return progress;
    }
}
