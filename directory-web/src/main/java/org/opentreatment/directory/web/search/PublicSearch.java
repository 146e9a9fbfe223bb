package org.opentreatment.directory.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.search.FacilitySearch;
import org.opentreatment.directory.search.KeywordsNotSearchable;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.search.SearchTimedOut;
import org.opentreatment.directory.web.search.SearchParameters.CheckedSearch;

/**
 * Runs a public search as the page and the API both ask it: checks the parameters, and when nothing
 * is wrong, searches. Failures of the database or the search cluster are left to the caller's error
 * handling, which asks {@code Availability} what they mean.
 */
@ApplicationScoped
public class PublicSearch {

    @EJB FacilitySearch search;

    @Inject Gazetteer gazetteer;

    @Inject Validator validator;

    /**
     * The search as the parameters ask, with facet counts only if they ask ({@code facets=true}).
     */
    public SearchOutcome run(SearchParameters parameters) {
        return run(parameters, false);
    }

    /**
     * The search as the parameters ask, always with the facet counts: what a results page shows.
     */
    public SearchOutcome runWithFacets(SearchParameters parameters) {
        return run(parameters, true);
    }

    private SearchOutcome run(SearchParameters asked, boolean facets) {
        long start = System.nanoTime();
        SearchSuggestions suggestions = new SearchSuggestions(search, gazetteer);
        SearchParameters parameters = suggestions.placeMovedOut(asked);
        CheckedSearch checked = parameters.check(validator, gazetteer);
        if (!checked.valid()) {
            search.countRefused(System.nanoTime() - start);
            return SearchOutcome.refused(parameters, checked.place(), checked.problems())
                    .withSuggestions(suggestions.forProblems(parameters, checked.problems()));
        }
        try {
            SearchQuery query = facets ? checked.query().withFacets() : checked.query();
            SearchResult result = search.search(query);
            return SearchOutcome.found(parameters, checked.place(), query, result)
                    .withSuggestions(suggestions.forResult(parameters, query, result));
        } catch (KeywordsNotSearchable e) {
            return SearchOutcome.refused(
                    parameters,
                    checked.place(),
                    List.of(
                            ParameterProblem.of(
                                    SearchParameters.KEYWORDS,
                                    SearchParameters.KEYWORDS_NOT_SEARCHABLE)));
        } catch (SearchTimedOut e) {
            return SearchOutcome.stopped(parameters, checked.place());
        }
    }
}
