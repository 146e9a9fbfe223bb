package org.opentreatment.directory.web.search;

import static org.opentreatment.directory.search.SearchLimits.MAX_KEYWORD_OPERATORS;
import static org.opentreatment.directory.search.SearchLimits.MAX_PREFIX_WORDS;
import static org.opentreatment.directory.search.SearchLimits.MIN_PREFIX_LENGTH;

import java.util.Optional;
import org.opentreatment.directory.shared.Text;

/**
 * Keeps what keywords may cost within bounds: a word ending in {@code *} widens to every indexed
 * word it starts ({@code a*|b*|c*...} made a search about 13 times dearer), and each sign of the
 * keyword syntax adds a clause. Plain words, phrases and a couple of prefixes are what people type.
 */
final class KeywordCost {

    static final Text SHORT_PREFIX = Text.of("keywords.shortPrefix", MIN_PREFIX_LENGTH);
    static final Text TOO_MANY_PREFIXES = Text.of("keywords.tooManyPrefixes", MAX_PREFIX_WORDS);
    static final Text TOO_MANY_OPERATORS =
            Text.of("keywords.tooManyOperators", MAX_KEYWORD_OPERATORS);

    private KeywordCost() {}

    /** What is too costly about these keywords, if anything. */
    static Optional<Text> problem(String keywords) {
        int prefixes = 0;
        int operators = 0;
        for (String word : keywords.strip().split("\\s+")) {
            int start = 0;
            int end = word.length();
            while (start < end && "|+-(\"".indexOf(word.charAt(start)) >= 0) {
                operators++;
                start++;
            }
            while (end > start && ")\"|".indexOf(word.charAt(end - 1)) >= 0) {
                operators++;
                end--;
            }
            String term = word.substring(start, end);
            // Inside a term, | and quotes still act as signs ("a|b", "say\"so")
            operators += term.chars().filter(c -> c == '|' || c == '"').count();
            if (term.endsWith("*")) {
                prefixes++;
                String stem = term.replaceAll("[^\\p{L}\\p{N}]", "");
                if (stem.length() < MIN_PREFIX_LENGTH) {
                    return Optional.of(SHORT_PREFIX);
                }
            }
        }
        if (prefixes > MAX_PREFIX_WORDS) {
            return Optional.of(TOO_MANY_PREFIXES);
        }
        if (operators > MAX_KEYWORD_OPERATORS) {
            return Optional.of(TOO_MANY_OPERATORS);
        }
        return Optional.empty();
    }
}
