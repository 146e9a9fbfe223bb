package org.opentreatment.directory.search;

import java.util.List;

/** A search as asked: what was understood of it, and its results when it could run. */
public record SearchOutcome(SearchRequest request, SearchResult result) {

    public boolean valid() {
        return request.valid();
    }

    public List<ParameterProblem> problems() {
        return request.problems();
    }
}
