package org.opentreatment.directory.web.search;

import java.util.List;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.search.SearchResult;

/**
 * A search as asked and answered: the problems that stopped it, or the query run, its results and
 * the place it was centred on (null without {@code near}). A search stopped at the time limit has
 * one problem, about no parameter in particular, and {@code timedOut}: the server's limit rather
 * than the person's mistake (the API answers 503, not 400). {@code parameters} are the search as
 * run: a place typed among keywords in {@code near} has been moved apart from them ({@link
 * SearchSuggestions#placeMovedOut}). {@code suggestions} are what could have been asked instead
 * (never null).
 */
public record SearchOutcome(
        SearchParameters parameters,
        Place place,
        SearchQuery query,
        List<ParameterProblem> problems,
        SearchResult result,
        boolean timedOut,
        Suggestions suggestions) {

    static final String TIMED_OUT = "search.timedOut";

    /** Seconds a client should wait before asking again when the search was stopped. */
    public static final int RETRY_AFTER_SECONDS = 10;

    public SearchOutcome {
        problems = List.copyOf(problems);
        suggestions = suggestions == null ? Suggestions.NONE : suggestions;
    }

    static SearchOutcome found(
            SearchParameters parameters, Place place, SearchQuery query, SearchResult result) {
        return new SearchOutcome(parameters, place, query, List.of(), result, false, null);
    }

    static SearchOutcome refused(
            SearchParameters parameters, Place place, List<ParameterProblem> problems) {
        return new SearchOutcome(parameters, place, null, problems, null, false, null);
    }

    static SearchOutcome stopped(SearchParameters parameters, Place place) {
        return new SearchOutcome(
                parameters,
                place,
                null,
                List.of(ParameterProblem.of(null, TIMED_OUT)),
                null,
                true,
                null);
    }

    SearchOutcome withSuggestions(Suggestions more) {
        return new SearchOutcome(parameters, place, query, problems, result, timedOut, more);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
