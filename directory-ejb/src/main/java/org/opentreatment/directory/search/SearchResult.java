package org.opentreatment.directory.search;

import java.util.List;

/** One page of hits and the total number of matching facilities. */
public record SearchResult(long total, int page, int size, List<FacilityHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
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
