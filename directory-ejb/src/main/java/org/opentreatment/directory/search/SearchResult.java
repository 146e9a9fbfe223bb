package org.opentreatment.directory.search;

import java.util.List;

/**
 * One page of hits, the total number of matching facilities, the order they are in, and the facet
 * counts when they were asked for (else null).
 */
public record SearchResult(
        long total, int page, int size, List<FacilityHit> hits, SearchOrder order, Facets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** The number of the first hit on this page, counting from 1 ("21" of "21-40 of 65"). */
    public long first() {
        return hits.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The number of the last hit on this page ("40" of "21-40 of 65"). */
    public long last() {
        return hits.isEmpty() ? 0 : (long) page * size + hits.size();
    }

    /** Whether the page asked for lies past the last page of a search that has results. */
    public boolean pastTheEnd() {
        return hits.isEmpty() && total > 0;
    }

    public int pageCount() {
        return total == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
