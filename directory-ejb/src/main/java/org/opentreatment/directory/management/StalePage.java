package org.opentreatment.directory.management;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of stale listings, oldest verification first.
 *
 * @param page from 1
 * @param cutoff listings last verified before this day are stale
 */
public record StalePage(
        List<StaleListing> listings, long total, int page, int pageSize, LocalDate cutoff) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The position of the page's first listing, from 1 (0 for none). */
    public long first() {
        return listings.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long last() {
        return listings.isEmpty() ? 0 : first() + listings.size() - 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
