package org.opentreatment.directory.web.hsds;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.opentreatment.directory.web.hsds.HsdsJson.Page;

/**
 * The {@code page} and {@code per_page} of a list, checked: page from 1 (default 1), per_page from
 * 1 to {@value #MAX_PER_PAGE} (default {@value #DEFAULT_PER_PAGE}). Anything else is a 400 naming
 * the parameter, never a silent correction: a harvester that asked for 100,000 a page should learn
 * that it gets 200, not miss the rest.
 */
record Paging(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 200;

    /** Far past any catalogue, and small enough that an offset stays an int. */
    static final int MAX_PAGE = 1_000_000;

    static Paging of(String page, String perPage) {
        return new Paging(
                number("page", page, 1, MAX_PAGE, 1),
                number("per_page", perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE));
    }

    private static int number(String parameter, String text, int min, int max, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String digits = text.strip();
        if (!digits.matches("-?[0-9]{1,9}")) {
            throw HsdsProblem.badRequest(
                    parameter, "Give " + parameter + " as a whole number from " + min + ".");
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            throw HsdsProblem.badRequest(
                    parameter,
                    "Give " + parameter + " as a whole number from " + min + " to " + max + ".");
        }
        return value;
    }

    int offset() {
        return (page - 1) * perPage;
    }

    /**
     * The page of a list of {@code total} items, whose contents {@code fetch} gives from an offset
     * and a limit (not asked past the end). total_pages is total / per_page rounded up (0 for an
     * empty list); a page past the last is empty, not an error.
     */
    <T> Page<T> page(LongSupplier total, BiFunction<Integer, Integer, List<T>> fetch) {
        long items = total.getAsLong();
        List<T> contents = offset() < items ? fetch.apply(offset(), perPage) : List.of();
        long pages = (items + perPage - 1) / perPage;
        return new Page<>(
                items,
                pages,
                page,
                contents.size(),
                page == 1,
                page >= pages,
                contents.isEmpty(),
                contents);
    }
}
