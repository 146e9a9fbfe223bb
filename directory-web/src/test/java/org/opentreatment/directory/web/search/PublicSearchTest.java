package org.opentreatment.directory.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.search.FacilitySearch;
import org.opentreatment.directory.search.KeywordsNotSearchable;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.search.SearchTimedOut;

/**
 * What the page and the API are told when the index refuses or stops a search. The index itself is
 * the subject of the integration tests; here it answers as told, so that each answer is certain.
 */
class PublicSearchTest {

    private static ValidatorFactory validation;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        validation = Validation.buildDefaultValidatorFactory();
        gazetteer = Gazetteer.load();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    /** An index that answers with what the test gives it, and counts the refused searches. */
    static final class Index extends FacilitySearch {
        RuntimeException failure;
        int refused;

        @Override
        public SearchResult search(SearchQuery query) {
            if (failure != null) {
                throw failure;
            }
            return new SearchResult(0, query.page(), query.size(), List.of(), query.order(), null);
        }

        @Override
        public void countRefused(long nanos) {
            refused++;
        }
    }

    private final Index index = new Index();

    private SearchOutcome run(String name, String value) {
        PublicSearch search = new PublicSearch();
        search.search = index;
        search.gazetteer = gazetteer;
        search.validator = validation.getValidator();
        return search.run(SearchParameters.of(Map.of(name, List.of(value))));
    }

    @Test
    void aSearchTheIndexStopsAtItsTimeLimitSaysSoAndIsNotThePersonsMistake() {
        index.failure = new SearchTimedOut(new RuntimeException("slow"));

        SearchOutcome outcome = run("near", "43215");

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.parameter()).isNull();
                            assertThat(p.message()).contains("took too long");
                        });
        assertThat(outcome.place()).isNotNull();
    }

    @Test
    void keywordsTheIndexCannotRunAreAProblemWithQ() {
        index.failure = new KeywordsNotSearchable(new RuntimeException("syntax"));

        SearchOutcome outcome = run("q", "suboxone");

        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactly(SearchParameters.KEYWORDS);
    }

    @Test
    void aRefusedSearchNeverReachesTheIndexAndIsCounted() {
        index.failure = new IllegalStateException("must not be asked");

        SearchOutcome outcome = run("radius", "ten");

        assertThat(outcome.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactly("near", "radius");
        assertThat(index.refused).isEqualTo(1);
    }

    @Test
    void aValidSearchIsAnsweredByTheIndex() {
        SearchOutcome outcome = run("state", "OH");

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.result()).isNotNull();
        assertThat(index.refused).isZero();
    }
}
