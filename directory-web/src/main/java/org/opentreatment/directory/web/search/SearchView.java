package org.opentreatment.directory.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.search.Facets;
import org.opentreatment.directory.search.FacilityHit;
import org.opentreatment.directory.search.FilterFlag;
import org.opentreatment.directory.search.FilterGroup;
import org.opentreatment.directory.search.SearchLimits;
import org.opentreatment.directory.search.SearchOrder;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.web.learn.Explainers;
import org.opentreatment.directory.web.links.FacilityLinks;

/**
 * The home page search. Its state lives in the URL ({@code /?near=43215&radius=25&...}), read and
 * checked as {@link SearchParameters} exactly as the API reads it, so every result page can be
 * bookmarked and shared and the same URL means the same search in both. The form is a plain GET
 * form whose field names are those parameters: it works without JavaScript, keeps nothing on the
 * server, and the back button and a copied link give the same results. Request scope and stateless
 * views mean a visitor who searches gets no session cookie.
 */
@Named
@RequestScoped
public class SearchView {

    /** A removable chip of an active filter: what it says and the search without it. */
    public record Chip(String label, String removeLink) {}

    /** One checkbox of the filter panel: the parameter's value, its label, count and state. */
    public record Option(String parameter, String value, String label, Long count, boolean chosen) {

        /** Whether choosing it would give no results (only known after a search). */
        public boolean none() {
            return count != null && count == 0 && !chosen;
        }
    }

    /** A filter group as the panel shows it. */
    public record Group(String parameter, String label, List<Option> options, int chosen) {}

    @Inject PublicSearch search;

    private SearchParameters parameters = SearchParameters.of(Map.of());
    private SearchOutcome outcome;

    // Where the search's links lead, and what that address itself says (a region page's state).
    private String basePath = "/";
    private Set<String> fixedByPath = Set.of();

    /**
     * Runs the search the URL describes; bound to f:viewAction. A URL with problems answers 400, as
     * the API does, with each problem beside its field. A search with neither a place nor keywords
     * is not run: the page asks for a place instead of listing the whole country.
     */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        parameters =
                SearchParameters.ofArrays(
                        context.getExternalContext().getRequestParameterValuesMap());
        if (parameters.isEmpty()) {
            return; // the empty home page: nothing asked yet
        }
        run(context);
    }

    /**
     * Runs the search of a page whose address names part of it ({@code /treatment/ohio}): the
     * request's parameters (filters, keywords, page) with the address's, and links that keep to
     * that address.
     *
     * @param path the page's address within the site, such as {@code /treatment/ohio}
     * @param byPath what the address says, as search parameters ({@code state=OH})
     */
    public void loadFor(String path, Map<String, List<String>> byPath) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, List<String>> all = new LinkedHashMap<>();
        context.getExternalContext()
                .getRequestParameterValuesMap()
                .forEach((name, values) -> all.put(name, List.of(values)));
        all.putAll(byPath);
        parameters = SearchParameters.of(all);
        basePath = path;
        fixedByPath = Set.copyOf(byPath.keySet());
        run(context);
    }

    private void run(FacesContext context) {
        outcome = search.runWithFacets(parameters);
        if (!outcome.parameters().equals(parameters)) { // a place typed among keywords, moved out
            SuggestionsView.redirect(context, outcome.parameters());
            return;
        }
        if (outcome.valid()) {
            return;
        }
        if (outcome.timedOut()) {
            context.getExternalContext()
                    .setResponseHeader(
                            "Retry-After", String.valueOf(SearchOutcome.RETRY_AFTER_SECONDS));
        }
        context.getExternalContext().setResponseStatus(outcome.timedOut() ? 503 : 400);
    }

    // ---- the form, filled from the URL so that what was asked (or mistyped) stays shown

    /** Where the form sends the search: this page's own address. */
    public String getFormAction() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + basePath;
    }

    /** Whether the form asks for a place: not where the address is the place. */
    public boolean isPlaceField() {
        return fixedByPath.isEmpty();
    }

    public String getNear() {
        return parameters.value(SearchParameters.NEAR);
    }

    public String getRadius() {
        String radius = parameters.value(SearchParameters.RADIUS);
        return radius == null ? String.valueOf(SearchLimits.DEFAULT_RADIUS_MILES) : radius;
    }

    public String getKeywords() {
        return parameters.value(SearchParameters.KEYWORDS);
    }

    public String getSort() {
        return parameters.value(SearchParameters.SORT);
    }

    public String getLatitude() {
        return parameters.value(SearchParameters.LAT);
    }

    public String getLongitude() {
        return parameters.value(SearchParameters.LON);
    }

    /** The page's language when a link chose it, for the form to keep. */
    public String getLanguage() {
        return parameters.value(SearchParameters.LANGUAGE);
    }

    /** The usual distances, plus one a shared URL asked for (radius=7) so the menu can show it. */
    public List<Integer> getRadii() {
        try {
            int asked = Integer.parseInt(getRadius());
            if (!SearchLimits.RADII_MILES.contains(asked)
                    && asked >= SearchLimits.MIN_RADIUS_MILES
                    && asked <= SearchLimits.MAX_RADIUS_MILES) {
                return Stream.concat(SearchLimits.RADII_MILES.stream(), Stream.of(asked))
                        .sorted()
                        .toList();
            }
        } catch (NumberFormatException e) {
            // not a number (or "state"): the usual distances only
        }
        return SearchLimits.RADII_MILES;
    }

    public boolean isWholeState() {
        return parameters.isWholeState();
    }

    // ---- the filter panel

    /** The yes-or-no filters as checkboxes, with counts after a search. */
    public List<Option> getFlags() {
        ResourceBundle messages = messages();
        Facets facets = facets();
        return Stream.of(FilterFlag.values())
                .map(
                        flag ->
                                new Option(
                                        flag.parameter(),
                                        "true",
                                        messages.getString("filter.flag." + flag.parameter()),
                                        facets == null ? null : facets.count(flag),
                                        parameters.isOn(flag)))
                .toList();
    }

    /** Every filter group with its values as checkboxes, with counts after a search. */
    public List<Group> getGroups() {
        ResourceBundle messages = messages();
        Facets facets = facets();
        List<Group> groups = new ArrayList<>();
        for (FilterGroup group : FilterGroup.values()) {
            List<String> given = parameters.values(group);
            List<Option> options =
                    group.vocabulary().stream()
                            .map(
                                    v ->
                                            new Option(
                                                    group.parameter(),
                                                    v.code(),
                                                    label(v),
                                                    facets == null ? null : facets.count(group, v),
                                                    chosen(group, given, v)))
                            .toList();
            groups.add(
                    new Group(
                            group.parameter(),
                            messages.getString("filter.group." + group.parameter()),
                            options,
                            (int) options.stream().filter(Option::chosen).count()));
        }
        return groups;
    }

    /** The explainer of a filter, by its URL parameter, for the link beside it; or null. */
    public String explainer(String parameter) {
        return Explainers.OF_FILTER.get(parameter);
    }

    /** How many filters are chosen, for the button that opens the panel on a phone. */
    public int getActiveFilterCount() {
        return getChips().size();
    }

    /** The active filters, each with a link to the same search without it. */
    public List<Chip> getChips() {
        ResourceBundle messages = messages();
        List<Chip> chips = new ArrayList<>();
        for (FilterFlag flag : FilterFlag.values()) {
            if (parameters.isOn(flag)) {
                chips.add(
                        new Chip(
                                messages.getString("filter.flag." + flag.parameter()),
                                link(parameters.with(flag.parameter(), List.of()))));
            }
        }
        for (FilterGroup group : FilterGroup.values()) {
            List<String> given = parameters.values(group);
            for (SamhsaCoded value : group.vocabulary()) {
                if (chosen(group, given, value)) {
                    chips.add(new Chip(label(value), link(parameters.without(group, value))));
                }
            }
        }
        return chips;
    }

    /** The same search without any filter. */
    public String getClearAllLink() {
        return link(parameters.withoutFilters());
    }

    private static boolean chosen(FilterGroup group, List<String> given, SamhsaCoded value) {
        return given.stream().anyMatch(g -> group.value(g).orElse(null) == value);
    }

    // ---- results

    public boolean isSearched() {
        return outcome != null && outcome.valid();
    }

    public List<ParameterProblem> getProblems() {
        return outcome == null ? List.of() : outcome.problems();
    }

    /** The problem shown beside a form field ("near", "radius", a filter group), or null. */
    public String problem(String field) {
        return getProblems().stream()
                .filter(p -> fieldOf(p.parameter()).filter(field::equals).isPresent())
                .map(p -> p.message(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .findFirst()
                .orElse(null);
    }

    /** The problems that belong to no field of the form (the time limit, paging, size). */
    public List<ParameterProblem> getOtherProblems() {
        return getProblems().stream().filter(p -> fieldOf(p.parameter()).isEmpty()).toList();
    }

    public String getPlaceName() {
        return outcome == null || outcome.place() == null ? null : outcome.place().displayName();
    }

    /** The place's state, for "in Ohio" when the whole state was searched. */
    public String getStateName() {
        return outcome == null || outcome.place() == null ? null : outcome.place().state().name();
    }

    public SearchOutcome getOutcome() {
        return outcome;
    }

    public SearchResult getResult() {
        return outcome == null ? null : outcome.result();
    }

    public List<FacilityHit> getHits() {
        return isSearched() ? outcome.result().hits() : List.of();
    }

    /** The order the results are in: distance, name or relevance. */
    public String getOrder() {
        return isSearched() ? outcome.result().order().parameter() : null;
    }

    /**
     * The orders this search can be put in: distance only with a place, relevance only with words.
     */
    public List<SearchOrder> getOrders() {
        if (!isSearched()) {
            return List.of();
        }
        return Stream.of(SearchOrder.values())
                .filter(o -> o != SearchOrder.DISTANCE || outcome.query().hasCenter())
                .filter(o -> o != SearchOrder.RELEVANCE || outcome.query().keywords() != null)
                .toList();
    }

    public String orderLink(SearchOrder order) {
        return link(parameters.with(SearchParameters.SORT, List.of(order.parameter())));
    }

    public String pageLink(int targetPage) {
        return link(parameters.withPage(targetPage));
    }

    /** The facility's page, carrying this search so that it can link back to these results. */
    public String facilityLink(FacilityHit hit) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + FacilityLinks.path(hit.id(), hit.slug())
                + parameters.toQueryString();
    }

    private String link(SearchParameters target) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestContextPath()
                + basePath
                + target.without(fixedByPath).toQueryString();
    }

    private Facets facets() {
        return isSearched() ? outcome.result().facets() : null;
    }

    private static String label(SamhsaCoded value) {
        return org.opentreatment.directory.web.layout.VocabularyLabels.label(
                value, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private static ResourceBundle messages() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    // The form field that shows a parameter's problem; the others show in the summary only.
    private static Optional<String> fieldOf(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        if (FilterGroup.ofParameter(parameter).isPresent()
                || FilterFlag.ofParameter(parameter).isPresent()) {
            return Optional.of(parameter);
        }
        return Optional.ofNullable(
                switch (parameter) {
                    case SearchParameters.NEAR,
                            SearchParameters.LAT,
                            SearchParameters.LON,
                            SearchParameters.STATE,
                            SearchParameters.CITY ->
                            "near";
                    case SearchParameters.RADIUS -> "radius";
                    case SearchParameters.KEYWORDS -> "keywords";
                    default -> null;
                });
    }
}
