package org.opentreatment.directory.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.search.FacilitySearch;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.search.SearchResult;

/**
 * Suggestions as the page and the API get them, with the real gazetteer; the index answers as told
 * (its part is in KeywordSpellingIT and PlaceSuggestionsIT).
 */
class SearchSuggestionsTest {

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

    /** An index that finds {@code found} listings, and as many for keywords as typed as told. */
    static final class Index extends FacilitySearch {
        long found;
        ToLongFunction<String> asTyped = keywords -> 0;
        final List<String> probed = new java.util.ArrayList<>();

        @Override
        public SearchResult search(SearchQuery query) {
            return new SearchResult(
                    found, query.page(), query.size(), List.of(), query.order(), null);
        }

        @Override
        public long countAsTyped(SearchQuery query) {
            probed.add(query.keywords());
            return asTyped.applyAsLong(query.keywords());
        }

        @Override
        public void countRefused(long nanos) {}
    }

    private final Index index = new Index();

    private SearchOutcome run(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        PublicSearch search = new PublicSearch();
        search.search = index;
        search.gazetteer = gazetteer;
        search.validator = validation.getValidator();
        return search.run(SearchParameters.of(parameters));
    }

    @Test
    void aMisspeltPlaceIsRefusedWithPlacesThatKeepTheRestOfTheSearch() {
        SearchOutcome outcome = run("near", "Colombus, OH", "radius", "50", "medication", "BU");

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactly("near");
        Suggestions.Suggestion first = outcome.suggestions().places().get(0);
        assertThat(first.text()).isEqualTo("Columbus, OH");
        assertThat(first.parameters().toQueryString())
                .isEqualTo("?near=Columbus%2C+OH&radius=50&medication=BU");
    }

    @Test
    void anAmbiguousCityOffersItsNamesakes() {
        SearchOutcome outcome = run("near", "Columbus");

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.suggestions().places())
                .extracting(Suggestions.Suggestion::text)
                .hasSize(SearchSuggestions.MAX_PLACES)
                .contains("Columbus, OH", "Columbus, GA", "Columbus, IN");
    }

    @Test
    void aPlaceAmongKeywordsIsSearchedAndTheRestBecomesKeywords() {
        SearchOutcome outcome = run("near", "suboxone clinic columbus oh");

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.place().displayName()).isEqualTo("Columbus, OH");
        assertThat(outcome.parameters().toQueryString())
                .isEqualTo("?near=Columbus%2C+OH&q=suboxone+clinic");

        SearchOutcome zip = run("near", "detox near 43215", "q", "methadone");
        assertThat(zip.parameters().toQueryString()).isEqualTo("?near=43215&q=methadone+detox");
    }

    @Test
    void aZipOrACityAndStateIsSearchedAsBefore() {
        for (String near : List.of("43215", "Columbus, OH", "Columbus, OH 43215")) {
            SearchOutcome outcome = run("near", near);
            assertThat(outcome.valid()).isTrue();
            assertThat(outcome.parameters().value("near")).isEqualTo(near);
            assertThat(outcome.suggestions().any()).isFalse();
        }
    }

    @Test
    void aCityWithoutStateAmongKeywordsOffersPlacesWithTheKeywordsMoved() {
        SearchOutcome outcome = run("near", "suboxone columbus");

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.suggestions().places())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.parameters().value("q")).isEqualTo("suboxone"))
                .extracting(Suggestions.Suggestion::text)
                .contains("Columbus, OH");
    }

    @Test
    void misspeltKeywordsThatFindNothingAsTypedGetDidYouMean() {
        index.found = 3;

        SearchOutcome outcome = run("near", "43215", "q", "suboxon");

        assertThat(index.probed).containsExactly("suboxon");
        Suggestions.Suggestion didYouMean = outcome.suggestions().didYouMean();
        assertThat(didYouMean.text()).isEqualTo("suboxone");
        assertThat(didYouMean.parameters().toQueryString()).isEqualTo("?near=43215&q=suboxone");
    }

    @Test
    void wordsThatFindSomethingAsTypedGetNone() {
        index.found = 3;
        index.asTyped = keywords -> 2;

        assertThat(run("q", "suboxon").suggestions().didYouMean()).isNull();
        // Known words are never checked against the index
        index.probed.clear();
        assertThat(run("q", "suboxone").suggestions().any()).isFalse();
        assertThat(index.probed).isEmpty();
    }

    @Test
    void whenNothingIsFoundTheNextCorrectionMayBeOffered() {
        // "medicade" is one letter from medicare (searched with it) and two from medicaid
        index.found = 0;
        index.asTyped = keywords -> keywords.equals("medicaid") ? 4 : 0;

        SearchOutcome outcome = run("q", "medicade");

        assertThat(index.probed).containsExactly("medicaid");
        assertThat(outcome.suggestions().didYouMean().text()).isEqualTo("medicaid");
    }

    @Test
    void whenNothingIsFoundAndNoOtherCorrectionExistsThereIsNone() {
        index.found = 0;
        index.asTyped = keywords -> 1;

        assertThat(run("q", "suboxon").suggestions().didYouMean()).isNull();
        assertThat(index.probed).isEmpty();
    }
}
