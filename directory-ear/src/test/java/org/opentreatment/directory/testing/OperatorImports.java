package org.opentreatment.directory.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * Imports through the operators' API, as {@code scripts/import.sh} makes them, for the tests that
 * need listings of their own: open, send files, start, wait for the end and for the index, read the
 * counts. The listings the tests make are named "ImportIT ..." and counted and removed by {@link
 * ImportedListingsResource}.
 */
public final class OperatorImports {

    private OperatorImports() {}

    public static JsonObject importCsv(String csv) {
        long id = open("csv", false);
        assertThat(send(id, "listings.csv", "text/csv", csv).status()).isEqualTo(200);
        return startAndAwait(id);
    }

    public static long open(String format, boolean deactivateMissing) {
        Http.Answer opened =
                Http.send(
                        "POST",
                        "/api/v1/admin/imports",
                        Http.operator(),
                        "application/json",
                        "{\"format\": \""
                                + format
                                + "\", \"deactivateMissing\": "
                                + deactivateMissing
                                + "}");
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.headers().firstValue("Location")).isPresent();
        assertThat(opened.json().getString("state")).isEqualTo("receiving");
        return opened.json().getJsonNumber("id").longValue();
    }

    public static Http.Answer send(long id, String name, String type, String body) {
        return Http.send(
                "POST",
                "/api/v1/admin/imports/"
                        + id
                        + "/files?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8),
                Http.operator(),
                type,
                body);
    }

    public static JsonObject startAndAwait(long id) {
        Http.Answer started = operatorPost("/api/v1/admin/imports/" + id + "/start");
        assertThat(started.status()).isEqualTo(202);
        return awaitEnd(id, Duration.ofMinutes(2));
    }

    /**
     * Waits for the import to end, and then for the index to hold what the database holds (at once
     * on Lucene; on OpenSearch once the outbox has been polled).
     */
    public static JsonObject awaitEnd(long id, Duration atMost) {
        Awaitility.await()
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !List.of("queued", "running").contains(get(id).getString("state")));
        Awaitility.await("the index to hold what the database holds")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> inIndex() == activeInDatabase());
        return get(id);
    }

    public static JsonObject get(long id) {
        Http.Answer answer = operatorGet("/api/v1/admin/imports/" + id);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    public static Http.Answer operatorGet(String path) {
        return Http.send("GET", path.replaceFirst("^/[^/]+/api/", "/api/"), Http.operator());
    }

    public static Http.Answer operatorPost(String path) {
        return Http.send("POST", path, Http.operator(), "application/json", "{}");
    }

    /** The import's report, to say why rows were rejected when a test did not expect it. */
    public static String problems(JsonObject job) {
        return operatorGet(job.getJsonObject("links").getString("problems")).body();
    }

    /** total, done, created, updated, unchanged, rejected, deactivated */
    public static List<Integer> rows(JsonObject job) {
        JsonObject r = job.getJsonObject("rows");
        return List.of(
                r.getInt("total"),
                r.getInt("done"),
                r.getInt("created"),
                r.getInt("updated"),
                r.getInt("unchanged"),
                r.getInt("rejected"),
                r.getInt("deactivated"));
    }

    /**
     * The active listings of the import tests, as the index finds them and the database holds them.
     */
    public static void assertIndexEqualsDatabase(int expected) {
        assertThat(activeInDatabase()).isEqualTo(expected);
        assertThat(inIndex()).isEqualTo(expected);
    }

    public static long inIndex() {
        Http.Answer found = Http.get("/api/v1/facilities?size=1&q=ImportIT");
        assertThat(found.status()).isEqualTo(200);
        return found.json().getJsonNumber("total").longValue();
    }

    public static long activeInDatabase() {
        return Http.get("/api/v1/test-imports").json().getJsonNumber("active").longValue();
    }
}
