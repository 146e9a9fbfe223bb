package org.opentreatment.directory.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.opentreatment.directory.search.FacilityHit;
import org.opentreatment.directory.search.FilterGroup;
import org.opentreatment.directory.search.SearchLimits;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.web.links.FacilityLinks;

/**
 * The home page search. Its state lives in the URL ({@code /?near=43215&radius=25&...}), read and
 * checked as {@link SearchParameters} exactly as the API reads it, so every result page can be
 * bookmarked and shared and the same URL means the same search in both; the form only turns what
 * was typed into such a URL. Request scope and stateless views mean a visitor who searches gets no
 * session cookie.
 */
@Named
@RequestScoped
public class SearchView {

    @Inject PublicSearch search;

    // The form's fields, filled from the URL so that what was asked (or mistyped) stays shown.
    private String near;
    private String radius = String.valueOf(SearchLimits.DEFAULT_RADIUS_MILES);
    private boolean dualDiagnosis;
    private final Map<String, List<String>> selected = new LinkedHashMap<>();
    private String keywords;

    private SearchParameters parameters = SearchParameters.of(Map.of());
    private SearchOutcome outcome;

    /**
     * Runs the search the URL describes; bound to f:viewAction, so only on the initial GET. A URL
     * with problems answers 400, as the API does, with each problem beside its field.
     */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        parameters =
                SearchParameters.ofArrays(
                        context.getExternalContext().getRequestParameterValuesMap());
        near = parameters.value(SearchParameters.NEAR);
        if (parameters.value(SearchParameters.RADIUS) != null) {
            radius = parameters.value(SearchParameters.RADIUS);
        }
        dualDiagnosis = "true".equalsIgnoreCase(parameters.value(SearchParameters.DUAL_DIAGNOSIS));
        for (FilterGroup group : FilterGroup.values()) {
            selected.put(group.parameter(), new ArrayList<>(parameters.values(group)));
        }
        keywords = parameters.value(SearchParameters.KEYWORDS);
        if (parameters.isEmpty()) {
            return; // the empty home page: nothing asked yet
        }
        outcome = search.run(parameters);
        if (outcome.valid()) {
            return;
        }
        if (outcome.timedOut()) {
            context.getExternalContext()
                    .setResponseHeader(
                            "Retry-After", String.valueOf(SearchOutcome.RETRY_AFTER_SECONDS));
        }
        context.getExternalContext().setResponseStatus(outcome.timedOut() ? 503 : 400);
        for (ParameterProblem problem : outcome.problems()) {
            FacesMessage message =
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR, problem.message(), problem.message());
            fieldOf(problem.parameter()).ifPresent(field -> context.addMessage(field, message));
        }
    }

    /**
     * The form's action: show the results at their own, shareable URL. A new search from the form
     * starts from what the form shows, so parameters it has no field for are dropped.
     */
    @SuppressWarnings("unchecked")
    public void search() throws IOException {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put(SearchParameters.NEAR, single(near));
        form.put(SearchParameters.RADIUS, single(radius));
        form.put(SearchParameters.DUAL_DIAGNOSIS, dualDiagnosis ? List.of("true") : List.of());
        // Faces may hand a checkbox group's values over as an array, whatever the map declares.
        ((Map<String, ?>) selected).forEach((name, values) -> form.put(name, asList(values)));
        form.put(SearchParameters.KEYWORDS, single(keywords));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(
                external.getRequestContextPath() + "/" + SearchParameters.of(form).toQueryString());
    }

    private static List<String> asList(Object values) {
        if (values instanceof Object[] array) {
            return Stream.of(array).map(String::valueOf).toList();
        }
        return values == null
                ? List.of()
                : ((List<?>) values).stream().map(String::valueOf).toList();
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }

    public String pageLink(int targetPage) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/"
                + parameters.withPage(targetPage).toQueryString();
    }

    public String facilityLink(FacilityHit hit) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + FacilityLinks.path(hit.id(), hit.slug());
    }

    // The form field that shows a parameter's problem; the others show in the summary only.
    private static Optional<String> fieldOf(String parameter) {
        if (FilterGroup.ofParameter(parameter).isPresent()) {
            return Optional.of("search:" + parameter);
        }
        return Optional.ofNullable(
                switch (parameter) {
                    case SearchParameters.NEAR -> "search:near";
                    case SearchParameters.RADIUS -> "search:radius";
                    case SearchParameters.DUAL_DIAGNOSIS -> "search:dualDiagnosis";
                    case SearchParameters.KEYWORDS -> "search:keywords";
                    default -> null;
                });
    }

    public boolean isSearched() {
        return outcome != null && outcome.valid();
    }

    public List<ParameterProblem> getProblems() {
        return outcome == null ? List.of() : outcome.problems();
    }

    /** The usual distances, plus one a shared URL asked for (radius=7) so the menu can show it. */
    public List<Integer> getRadii() {
        try {
            int asked = Integer.parseInt(radius);
            if (!SearchLimits.RADII_MILES.contains(asked)
                    && asked >= SearchLimits.MIN_RADIUS_MILES
                    && asked <= SearchLimits.MAX_RADIUS_MILES) {
                return Stream.concat(SearchLimits.RADII_MILES.stream(), Stream.of(asked))
                        .sorted()
                        .toList();
            }
        } catch (NumberFormatException e) {
            // not a number: the usual distances only
        }
        return SearchLimits.RADII_MILES;
    }

    public List<FilterGroup> getFilterGroups() {
        return List.of(FilterGroup.values());
    }

    public String getNear() {
        return near;
    }

    public void setNear(String near) {
        this.near = near;
    }

    public String getRadius() {
        return radius;
    }

    public void setRadius(String radius) {
        this.radius = radius;
    }

    public boolean isDualDiagnosis() {
        return dualDiagnosis;
    }

    public void setDualDiagnosis(boolean dualDiagnosis) {
        this.dualDiagnosis = dualDiagnosis;
    }

    /** The values chosen per filter group, by parameter name, for the form's checkboxes. */
    public Map<String, List<String>> getSelected() {
        return selected;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getPlaceName() {
        return outcome == null || outcome.place() == null ? null : outcome.place().displayName();
    }

    public SearchResult getResult() {
        return outcome == null ? null : outcome.result();
    }

    public List<FacilityHit> getHits() {
        return isSearched() ? outcome.result().hits() : List.of();
    }
}
