package org.opentreatment.directory.web.search;

import java.util.List;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.search.SearchResult;

/**
 * A search as asked and answered: the problems that stopped it, or its results and the place it was
 * centred on (null without {@code near}).
 */
public record SearchOutcome(
        SearchParameters parameters,
        Place place,
        List<ParameterProblem> problems,
        SearchResult result) {

    public SearchOutcome {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
