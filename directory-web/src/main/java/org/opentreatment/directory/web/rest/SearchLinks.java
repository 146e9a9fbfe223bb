package org.opentreatment.directory.web.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentreatment.directory.search.SearchLimits;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.web.search.SearchOutcome;
import org.opentreatment.directory.web.search.SearchParameters;
import org.opentreatment.directory.web.search.Suggestions;

/**
 * The API's links to other searches: "did you mean", the search as run and the pages of its
 * results. Like the facility {@code url}s, under the configured public base URL or relative to the
 * site, never built from the request's {@code Host} header.
 */
record SearchLinks(Optional<String> publicBaseUrl, String contextPath) {

    private static final String SEARCH_PATH = "api/v1/facilities";

    /** The API address of a search. */
    String of(SearchParameters parameters) {
        String relative = SEARCH_PATH + parameters.toQueryString();
        return publicBaseUrl
                .map(base -> URI.create(base.endsWith("/") ? base : base + "/").resolve(relative))
                .map(URI::toString)
                .orElseGet(() -> contextPath + "/" + relative);
    }

    DidYouMeanJson didYouMean(SearchOutcome outcome) {
        Suggestions.Suggestion suggestion = outcome.suggestions().didYouMean();
        return suggestion == null
                ? null
                : new DidYouMeanJson(suggestion.text(), of(suggestion.parameters()));
    }

    /**
     * A place typed among keywords in {@code near} was moved apart from them: {@code
     * Content-Location} names the search that was run.
     */
    Response.ResponseBuilder asRun(
            Response.ResponseBuilder response, SearchParameters asked, SearchOutcome outcome) {
        return outcome.parameters().equals(asked)
                ? response
                : response.header("Content-Location", of(outcome.parameters()));
    }

    /**
     * The links to this page of results and its neighbours, from the search as run ({@code
     * SearchOutcome.parameters()}), so that every link repeats the same search on another page.
     */
    PageLinks paging(SearchParameters run, SearchResult result) {
        int page = result.page();
        int last = lastPage(result);
        return new PageLinks(
                of(run.withPage(page)),
                of(run.withPage(0)),
                page > 0 ? of(run.withPage(Math.min(page - 1, last))) : null,
                page < last ? of(run.withPage(page + 1)) : null,
                of(run.withPage(last)));
    }

    /**
     * The last page that has results and that one may ask for: the search refuses pages past the
     * result window ({@link SearchLimits#MAX_RESULT_WINDOW}), so no link may point past it.
     */
    static int lastPage(SearchResult result) {
        long reachable = SearchLimits.MAX_RESULT_WINDOW / result.size();
        return (int) Math.max(0, Math.min(result.pageCount(), reachable) - 1);
    }

    /** The places to offer, as the error for {@code near} lists them. */
    static Map<String, List<String>> suggested(SearchOutcome outcome) {
        List<String> places =
                outcome.suggestions().places().stream().map(Suggestions.Suggestion::text).toList();
        return places.isEmpty() ? Map.of() : Map.of(SearchParameters.NEAR, places);
    }
}
