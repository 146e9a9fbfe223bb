package org.opentreatment.directory.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a keyword search (as typed and as corrected), marked where they occur in a result's
 * name and services, so that a person sees why a program came up. Done on the hits of one page, in
 * Java, the same way on every search backend. A word of the text counts as matched when it starts
 * with a searched word of three letters or more ("detox" in "Detoxification").
 */
final class MatchedWords {

    /** Services shown at most, of those that hold a matched word. */
    static final int SERVICES_SHOWN = 3;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*");
    private static final int MIN_LENGTH = 3;

    private final Set<String> searched;

    private MatchedWords(Set<String> searched) {
        this.searched = searched;
    }

    /** The words of keywords as the index was asked for them (a widened query included). */
    static MatchedWords of(String keywords) {
        Set<String> words = new LinkedHashSet<>();
        if (keywords != null) {
            Matcher word = WORD.matcher(keywords);
            while (word.find()) {
                String found = word.group().toLowerCase(Locale.ROOT);
                if (found.length() >= MIN_LENGTH) {
                    words.add(found);
                }
            }
        }
        return new MatchedWords(words);
    }

    boolean none() {
        return searched.isEmpty();
    }

    /** The text with each matched word between the hit's marks, or null when none matched. */
    String mark(String text) {
        if (text == null || searched.isEmpty()) {
            return null;
        }
        StringBuilder marked = new StringBuilder(text.length() + 8);
        Matcher word = WORD.matcher(text);
        int at = 0;
        boolean any = false;
        while (word.find()) {
            if (matches(word.group())) {
                marked.append(text, at, word.start())
                        .append(FacilityHit.MATCH_START)
                        .append(word.group())
                        .append(FacilityHit.MATCH_END);
                at = word.end();
                any = true;
            }
        }
        return any ? marked.append(text, at, text.length()).toString() : null;
    }

    /**
     * The services ("Buprenorphine; Suboxone; Detoxification; ...") that hold a matched word, the
     * first few, marked; null when none does.
     */
    String markServices(String services) {
        if (services == null || searched.isEmpty()) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        for (String service : services.split(";")) {
            String marked = mark(service.strip());
            if (marked != null && shown.size() < SERVICES_SHOWN) {
                shown.add(marked);
            }
        }
        return shown.isEmpty() ? null : String.join("; ", shown);
    }

    private boolean matches(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String wanted : searched) {
            if (lower.startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }
}
