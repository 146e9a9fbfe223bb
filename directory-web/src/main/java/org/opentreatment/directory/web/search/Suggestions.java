package org.opentreatment.directory.web.search;

import java.io.Serializable;
import java.util.List;

/**
 * What a search could have asked instead: keywords spelt as the directory spells them, when the
 * words as typed find nothing and the corrected ones do ({@code didYouMean}, or null), and places
 * for a place that could not be used ({@code places}, biggest or closest first). Each is the same
 * search with that one change, ready to be written as a link.
 */
public record Suggestions(Suggestion didYouMean, List<Suggestion> places) implements Serializable {

    public static final Suggestions NONE = new Suggestions(null, List.of());

    public Suggestions {
        places = List.copyOf(places);
    }

    public boolean any() {
        return didYouMean != null || !places.isEmpty();
    }

    /**
     * One suggestion: what to show ("suboxone", "Columbus, OH") and the search it leads to.
     *
     * @param text the corrected keywords, or the place's name
     * @param parameters the same search with that change
     */
    public record Suggestion(String text, SearchParameters parameters) implements Serializable {}
}
