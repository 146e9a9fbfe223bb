package org.opentreatment.directory.testing;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentreatment.directory.search.SearchFixtures;

/**
 * The search fixtures in the running application (see {@link FixturesResource}), for a test class
 * that deploys {@link Deployments#applicationWithFixtures()}: registered as
 * {@code @RegisterExtension static final Fixtures fixtures = new Fixtures();}, they are loaded once
 * the class's deployment is up (Arquillian's own extension, declared on the class, runs first) and
 * removed after its last test, so that the sample listings' counts stay what other tests expect.
 */
public final class Fixtures implements BeforeAllCallback, AfterAllCallback {

    /** Every active fixture within 50 miles of the centre, and the search that finds them. */
    private static final int ACTIVE_NEAR_CENTRE = SearchFixtures.ACTIVE_BY_DISTANCE.size();

    private static final String NEAR_CENTRE =
            "/api/v1/facilities?near=" + FixturesResource.CENTRE_ZIP + "&radius=50&size=100";

    private Map<String, Long> ids = Map.of();

    /** Loads them and waits until the index finds them (at once on Lucene, soon on OpenSearch). */
    @Override
    public void beforeAll(ExtensionContext context) {
        Http.Answer answer = Http.send("POST", "/api/v1/test-fixtures", null);
        if (answer.status() != 200) {
            throw new IllegalStateException("Fixtures not loaded: " + answer.status());
        }
        Map<String, Long> loaded = new TreeMap<>();
        answer.json().forEach((name, id) -> loaded.put(name, ((JsonNumber) id).longValue()));
        ids = loaded;
        await("the fixtures to be searchable")
                .atMost(Duration.ofSeconds(30))
                .until(() -> in(Http.get(NEAR_CENTRE)).size() == ACTIVE_NEAR_CENTRE);
    }

    @Override
    public void afterAll(ExtensionContext context) {
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
        return ids(Arrays.asList(names));
    }

    public List<Long> ids(List<String> names) {
        return names.stream().map(this::id).toList();
    }

    /** The fixtures among an API answer's results, in the answer's order. */
    public List<Long> in(Http.Answer apiAnswer) {
        return in(
                apiAnswer.json().getJsonArray("results").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getJsonNumber("id").longValue())
                        .toList());
    }

    /** The fixtures among these result ids, in their order. */
    public List<Long> in(List<Long> resultIds) {
        return resultIds.stream().filter(ids::containsValue).toList();
    }
}
