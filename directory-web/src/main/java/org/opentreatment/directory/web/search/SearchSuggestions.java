package org.opentreatment.directory.web.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.PlaceInText;
import org.opentreatment.directory.geo.PlaceLookup;
import org.opentreatment.directory.search.FacilitySearch;
import org.opentreatment.directory.search.KeywordSpelling;
import org.opentreatment.directory.search.KeywordsNotSearchable;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.search.SearchTimedOut;

/**
 * The suggestions of one search, for the page and the API alike: keywords typed into the place box
 * moved out of it, places for a place that cannot be used, and "did you mean" for misspelt
 * keywords. Bounded: place suggestions come from the gazetteer in memory, and "did you mean" asks
 * the index at most {@value #MAX_PROBES} more times, for one result each, and only when a word was
 * corrected.
 */
final class SearchSuggestions {

    /** Places offered at most for one place that cannot be used. */
    static final int MAX_PLACES = 5;

    /** Index queries one "did you mean" may add to a search. */
    static final int MAX_PROBES = 3;

    private final FacilitySearch search;
    private final Gazetteer gazetteer;
    private final KeywordSpelling spelling = KeywordSpelling.standard();

    SearchSuggestions(FacilitySearch search, Gazetteer gazetteer) {
        this.search = search;
        this.gazetteer = gazetteer;
    }

    /**
     * The search with a place found inside other words in {@code near} ("suboxone clinic columbus
     * oh", "detox near 43215") as the place, and the other words added to the keywords; the same
     * search when {@code near} is a place as it is, or holds none.
     */
    SearchParameters placeMovedOut(SearchParameters parameters) {
        String near = parameters.value(SearchParameters.NEAR);
        if (near == null) {
            return parameters;
        }
        Optional<PlaceInText> found = gazetteer.placeIn(near, spelling::knows);
        return found.map(p -> moved(parameters, p)).orElse(parameters);
    }

    private static SearchParameters moved(SearchParameters parameters, PlaceInText found) {
        String keywords = parameters.value(SearchParameters.KEYWORDS);
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put(SearchParameters.NEAR, found.name());
        changes.put(
                SearchParameters.KEYWORDS,
                keywords == null ? found.rest() : keywords + " " + found.rest());
        return parameters.with(changes);
    }

    /** Places to offer when {@code near} names no place that can be used. */
    Suggestions forProblems(SearchParameters parameters, List<ParameterProblem> problems) {
        String near = parameters.value(SearchParameters.NEAR);
        if (near == null
                || problems.stream().noneMatch(p -> SearchParameters.NEAR.equals(p.parameter()))
                || !(gazetteer.lookup(near) instanceof PlaceLookup.NotFound)) {
            return Suggestions.NONE;
        }
        List<Suggestions.Suggestion> places = new ArrayList<>();
        for (PlaceInText city : gazetteer.citiesNamedIn(near, MAX_PLACES, spelling::knows)) {
            places.add(new Suggestions.Suggestion(city.name(), moved(parameters, city)));
        }
        if (places.isEmpty()) {
            gazetteer.alternativesTo(near, MAX_PLACES).stream()
                    .map(place -> place.displayName())
                    .forEach(
                            name ->
                                    places.add(
                                            new Suggestions.Suggestion(
                                                    name,
                                                    parameters.with(
                                                            Map.of(SearchParameters.NEAR, name)))));
        }
        return new Suggestions(null, places);
    }

    /**
     * "Did you mean": the keywords as the directory spells them, when some word was corrected and
     * the words as typed find nothing (the results then came from the corrections), or when nothing
     * was found and a correction that did not come first finds something.
     */
    Suggestions forResult(SearchParameters parameters, SearchQuery query, SearchResult result) {
        KeywordSpelling.Spelling checked = spelling.check(query.keywords());
        if (!checked.corrected()) {
            return Suggestions.NONE;
        }
        try {
            if (result.total() > 0) {
                return search.countAsTyped(query) == 0
                        ? didYouMean(parameters, checked.best())
                        : Suggestions.NONE;
            }
            for (String alternative : checked.alternatives(MAX_PROBES)) {
                if (search.countAsTyped(query.withKeywords(alternative)) > 0) {
                    return didYouMean(parameters, alternative);
                }
            }
        } catch (SearchTimedOut | KeywordsNotSearchable e) {
            // A suggestion is a courtesy: without it, the answer is still right.
        }
        return Suggestions.NONE;
    }

    private static Suggestions didYouMean(SearchParameters parameters, String keywords) {
        return new Suggestions(
                new Suggestions.Suggestion(
                        keywords, parameters.with(Map.of(SearchParameters.KEYWORDS, keywords))),
                List.of());
    }
}
