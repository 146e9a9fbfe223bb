package org.opentreatment.directory.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The home page's suggestions ({@code WEB-INF/includes/suggestions.xhtml}): "Did you mean
 * suboxone?" and places for a place that could not be used, each a link to the same search with
 * that change. They come from the outcome of {@link SearchView}, as the API's come from the same
 * outcome.
 */
@Named
@RequestScoped
public class SuggestionsView {

    @Inject SearchView searchView;

    private Suggestions suggestions() {
        SearchOutcome outcome = searchView.getOutcome();
        return outcome == null ? Suggestions.NONE : outcome.suggestions();
    }

    public Suggestions.Suggestion getDidYouMean() {
        return suggestions().didYouMean();
    }

    public List<Suggestions.Suggestion> getPlaces() {
        return suggestions().places();
    }

    public String link(Suggestions.Suggestion suggestion) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/"
                + suggestion.parameters().toQueryString();
    }

    /**
     * Sends the browser to this search's own URL: a place typed among keywords becomes {@code near}
     * and {@code q}, so the address shows, and shares, what was searched.
     */
    static void redirect(FacesContext context, SearchParameters parameters) {
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/" + parameters.toQueryString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
