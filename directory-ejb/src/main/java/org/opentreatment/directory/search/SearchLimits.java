package org.opentreatment.directory.search;

import java.util.List;
import org.opentreatment.directory.geo.Gazetteer;

/**
 * The limits of a public search, named once: Bean Validation, the messages that explain them and
 * the page's {@code maxlength} all use these constants, so they cannot drift apart.
 */
public final class SearchLimits {

    public static final int MIN_RADIUS_MILES = 1;
    public static final int MAX_RADIUS_MILES = 500;
    public static final int DEFAULT_RADIUS_MILES = 25;

    /** The distances the search form offers; a shared URL may ask for any other in range. */
    public static final List<Integer> RADII_MILES = List.of(5, 10, 25, 50, 100);

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** Deep pages cost memory in the index; nobody reads past this many results. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public static final int MAX_PLACE_LENGTH = Gazetteer.MAX_INPUT_LENGTH;
    public static final int MAX_CITY_LENGTH = 100;
    public static final int MAX_KEYWORD_LENGTH = 200;

    /** Each keyword widens the query in every text field; a dozen finds anything worth finding. */
    public static final int MAX_KEYWORDS = 12;

    /**
     * Words ending in {@code *} ("suboxo*") widen to every indexed word they start; two, each of at
     * least three letters, find what a person means without making a search a dozen times dearer.
     */
    public static final int MAX_PREFIX_WORDS = 2;

    public static final int MIN_PREFIX_LENGTH = 3;

    /** The signs of keyword syntax ({@code | + - ( ) "}) one search may use. */
    public static final int MAX_KEYWORD_OPERATORS = 8;

    /** How long one search may run in the index before it is stopped (milliseconds). */
    public static final int DEFAULT_TIME_LIMIT_MILLIS = 2_000;

    /** Values of one filter group (repeated or comma-separated); no vocabulary has more. */
    public static final int MAX_FILTER_VALUES = 30;

    private SearchLimits() {}
}
