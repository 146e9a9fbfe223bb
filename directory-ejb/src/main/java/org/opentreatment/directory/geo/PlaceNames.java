package org.opentreatment.directory.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/** Turns place names into comparison keys and URL slugs. */
public final class PlaceNames {

    // GeoNames mostly spells "Saint Louis" and "Mount Vernon" while people type "St. Louis" and
    // "Mt Vernon"; a few GeoNames rows use the short forms, so both sides go through this map.
    private static final Map<String, String> ABBREVIATIONS =
            Map.of(
                    "st", "saint",
                    "ste", "sainte",
                    "mt", "mount",
                    "ft", "fort");

    private PlaceNames() {}

    /**
     * The key under which two spellings of one name compare equal: lower case, no accents, no
     * apostrophes or periods, other punctuation as single spaces, and St/Ste/Mt/Ft spelled out.
     * {@code normalize("ST. LOUIS")} equals {@code normalize("Saint Louis")}.
     */
    public static String normalize(String text) {
        return normalize(text, true);
    }

    /**
     * With {@code expandLastWord} false the last word is left as typed, because in a prefix it may
     * be the start of a longer word ("st" on the way to "Sterling").
     */
    static String normalize(String text, boolean expandLastWord) {
        String words = words(text);
        // Built only once a word needs spelling out: most names have none and are returned as is.
        StringBuilder out = null;
        int start = 0;
        while (start < words.length()) {
            int end = words.indexOf(' ', start);
            boolean last = end < 0;
            if (last) {
                end = words.length();
            }
            String spelledOut = last && !expandLastWord ? null : spelledOut(words, start, end);
            if (spelledOut != null && out == null) {
                out = new StringBuilder(words.length() + 8).append(words, 0, start);
            }
            if (out != null) {
                if (spelledOut != null) {
                    out.append(spelledOut);
                } else {
                    out.append(words, start, end);
                }
                if (!last) {
                    out.append(' ');
                }
            }
            start = end + 1;
        }
        return out == null ? words : out.toString();
    }

    private static String spelledOut(String words, int start, int end) {
        int length = end - start;
        return length == 2 || length == 3 ? ABBREVIATIONS.get(words.substring(start, end)) : null;
    }

    /** "St. Louis" -> "st-louis", "Coeur d'Alene" -> "coeur-dalene", "San José" -> "san-jose". */
    public static String slug(String text) {
        return joined(text, '-', c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    }

    // Lower case, no accents, single spaces between words; abbreviations are left as they are.
    private static String words(String text) {
        return joined(text, ' ', Character::isLetterOrDigit);
    }

    // Folds the text to lower-case ASCII and keeps the runs of characters that count, joined by
    // one separator; everything else separates words, except what isDropped says vanishes.
    private static String joined(String text, char separator, IntPredicate counts) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = foldAccents(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            if (counts.test(c)) {
                if (pendingSeparator && out.length() > 0) {
                    out.append(separator);
                }
                pendingSeparator = false;
                out.append(c);
            } else {
                pendingSeparator = true;
            }
        }
        return out.toString();
    }

    // Apostrophes and periods vanish rather than split words, so "d'Alene" stays one word and
    // "St." stays "st". The curly and modifier-letter forms come from phones and pasted text.
    private static boolean isDropped(char c) {
        return c == '\''
                || c == '.'
                || c == '`'
                || c == '\u2018'
                || c == '\u2019'
                || c == '\u02BB'
                || c == '\u02BC';
    }

    private static String foldAccents(String text) {
        // Nearly every name is plain ASCII; skipping the Normalizer for those keeps loading fast.
        if (isAscii(text)) {
            return text;
        }
        // NFKD also folds what people paste from elsewhere, such as full-width letters.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
