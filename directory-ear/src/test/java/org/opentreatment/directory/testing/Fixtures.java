package org.opentreatment.directory.testing;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opentreatment.directory.search.SearchFixtures;

/**
 * The search fixtures in the running application (see {@link FixturesResource}): loaded before a
 * test class, removed after it, so that the sample listings' counts are what other tests expect.
 */
public final class Fixtures {

    private final Map<String, Long> ids;

    private Fixtures(Map<String, Long> ids) {
        this.ids = ids;
    }

    /**
     * Loads them and waits until the index finds them all (at once on Lucene, soon on OpenSearch).
     */
    public static Fixtures load() {
        Http.Answer answer = Http.send("POST", "/api/v1/test-fixtures", null);
        if (answer.status() != 200) {
            throw new IllegalStateException("Fixtures not loaded: " + answer.status());
        }
        Map<String, Long> ids = new TreeMap<>();
        answer.json().forEach((name, id) -> ids.put(name, ((JsonNumber) id).longValue()));
        Fixtures fixtures = new Fixtures(ids);
        await("the fixtures to be searchable")
                .atMost(Duration.ofSeconds(30))
                .until(() -> fixtures.in(Http.get(NEAR_CENTRE)).size() == ACTIVE_NEAR_CENTRE);
        return fixtures;
    }

    /** Every active fixture within 50 miles of the centre, and the search that finds them. */
    private static final int ACTIVE_NEAR_CENTRE = SearchFixtures.ACTIVE_BY_DISTANCE.size();

    private static final String NEAR_CENTRE =
            "/api/v1/facilities?near=" + FixturesResource.CENTRE_ZIP + "&radius=50&size=100";

    public void remove() {
        int status = Http.send("DELETE", "/api/v1/test-fixtures", null).status();
        if (status != 204) {
            throw new IllegalStateException("Fixtures not removed: " + status);
        }
    }

    public long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("No fixture named " + name);
        }
        return id;
    }

    public List<Long> ids(String... names) {
        return Arrays.stream(names).map(this::id).toList();
    }

    /** The fixtures among an API answer's results, in the answer's order. */
    public List<Long> in(Http.Answer apiAnswer) {
        return apiAnswer.json().getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue())
                .filter(ids::containsValue)
                .toList();
    }

    /** The fixtures among these result ids, in their order. */
    public List<Long> in(List<Long> resultIds) {
        return resultIds.stream().filter(ids::containsValue).toList();
    }
}
