package org.opentreatment.directory.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.search.FacilityHit;
import org.opentreatment.directory.search.FacilitySearch;
import org.opentreatment.directory.search.ParameterProblem;
import org.opentreatment.directory.search.SearchOutcome;
import org.opentreatment.directory.search.SearchParameters;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.web.facility.FacilityLinks;

/**
 * The home page search. Its state lives in the URL ({@code /?near=43215&radius=25&...}), so every
 * result page can be bookmarked and shared; the form only turns what was typed into such a URL.
 * Request scope and client-side view state mean a visitor who searches gets no session cookie.
 */
@Named
@RequestScoped
public class SearchView {

    public static final List<Integer> RADII = List.of(5, 10, 25, 50, 100);

    private static final Logger LOG = Logger.getLogger(SearchView.class.getName());

    @EJB private FacilitySearch search;

    private String near;
    private String radius = String.valueOf(SearchQuery.DEFAULT_RADIUS_MILES);
    private boolean dualDiagnosis;
    private List<String> medications = new ArrayList<>();
    private String keywords;
    private String page;

    /** Parameters the form has no field for, kept in page links when a shared URL used them. */
    private static final List<String> CARRIED = List.of("state", "city", "lat", "lon", "size");

    private final Map<String, String> carried = new LinkedHashMap<>();

    private String placeName;
    private SearchResult result;
    private List<ParameterProblem> problems = List.of();

    /**
     * Runs the search the URL describes; bound to f:viewAction, so only on the initial GET. It
     * reads the same parameters as the API, so {@code /?state=OH} works like the API's.
     */
    public void load() throws IOException {
        Map<String, String[]> params =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterValuesMap();
        near = first(params, "near");
        radius = first(params, "radius") == null ? radius : first(params, "radius");
        dualDiagnosis = "true".equalsIgnoreCase(first(params, "dualDiagnosis"));
        medications =
                params.containsKey("medication")
                        ? new ArrayList<>(Arrays.asList(params.get("medication")))
                        : medications;
        keywords = first(params, "q");
        page = first(params, "page");
        for (String name : CARRIED) {
            String value = first(params, name);
            if (value != null) {
                carried.put(name, value);
            }
        }
        if (near == null
                && keywords == null
                && !dualDiagnosis
                && medications.isEmpty()
                && carried.isEmpty()) {
            return; // the empty home page: nothing asked yet
        }
        SearchParameters parameters =
                new SearchParameters(
                        near,
                        carried.get("lat"),
                        carried.get("lon"),
                        radius,
                        carried.get("state"),
                        carried.get("city"),
                        dualDiagnosis ? "true" : null,
                        medications,
                        keywords,
                        page,
                        carried.get("size"));
        // A search cluster that cannot be reached is answered by PageExceptionHandler (503).
        SearchOutcome outcome = search.search(parameters);
        problems = outcome.problems();
        if (!outcome.valid()) {
            if (hasProblem("radius")) {
                radius = String.valueOf(SearchQuery.DEFAULT_RADIUS_MILES);
            }
            FacesContext context = FacesContext.getCurrentInstance();
            for (ParameterProblem problem : problems) {
                context.addMessage(
                        clientIdOf(problem.parameter()),
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, problem.message(), problem.message()));
            }
            return;
        }
        placeName = outcome.request().placeFound().map(p -> p.displayName()).orElse(null);
        result = outcome.result();
    }

    /**
     * The form's action: show the results at their own, shareable URL. A new search from the form
     * starts from what the form shows, so parameters it has no field for are dropped.
     */
    public void search() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/" + queryString(null, Map.of()));
    }

    public String pageLink(int targetPage) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/"
                + queryString(targetPage, carried);
    }

    public String facilityLink(FacilityHit hit) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + FacilityLinks.path(hit.id(), hit.slug());
    }

    private String queryString(Integer targetPage, Map<String, String> extra) {
        List<String> pairs = new ArrayList<>();
        add(pairs, "near", near);
        add(pairs, "radius", radius);
        if (dualDiagnosis) {
            add(pairs, "dualDiagnosis", "true");
        }
        medications.forEach(m -> add(pairs, "medication", m));
        add(pairs, "q", keywords);
        extra.forEach((name, value) -> add(pairs, name, value));
        if (targetPage != null && targetPage > 0) {
            add(pairs, "page", String.valueOf(targetPage));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static void add(List<String> pairs, String name, String value) {
        if (value != null && !value.isBlank()) {
            pairs.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0];
    }

    private static String clientIdOf(String parameter) {
        return switch (parameter) {
            case "near" -> "search:near";
            case "radius" -> "search:radius";
            case "q" -> "search:keywords";
            case "medication" -> "search:medications";
            default -> null;
        };
    }

    public boolean isSearched() {
        return result != null;
    }

    public boolean hasProblem(String parameter) {
        return problems.stream().anyMatch(p -> p.parameter().equals(parameter));
    }

    /** The usual distances, plus one a shared URL asked for (radius=7) so the menu can show it. */
    public List<Integer> getRadii() {
        try {
            int asked = Integer.parseInt(radius);
            if (!RADII.contains(asked)
                    && asked >= SearchQuery.MIN_RADIUS_MILES
                    && asked <= SearchQuery.MAX_RADIUS_MILES) {
                return java.util.stream.Stream.concat(
                                RADII.stream(), java.util.stream.Stream.of(asked))
                        .sorted()
                        .toList();
            }
        } catch (NumberFormatException e) {
            // not a number: the usual distances only
        }
        return RADII;
    }

    public Medication[] getAllMedications() {
        return Medication.values();
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

    public List<String> getMedications() {
        return medications;
    }

    public void setMedications(List<String> medications) {
        this.medications = medications == null ? new ArrayList<>() : new ArrayList<>(medications);
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getPlaceName() {
        return placeName;
    }

    public SearchResult getResult() {
        return result;
    }

    public List<FacilityHit> getHits() {
        return result == null ? List.of() : result.hits();
    }
}
