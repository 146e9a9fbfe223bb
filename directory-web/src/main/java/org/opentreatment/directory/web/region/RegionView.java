package org.opentreatment.directory.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.geo.UsState;
import org.opentreatment.directory.web.region.Regions.Region;
import org.opentreatment.directory.web.search.SearchParameters;
import org.opentreatment.directory.web.search.SearchView;

/**
 * A state's or a city's page: the search kept to it, with its cities and their counts. An address
 * that names no state, or no city of the state with listings, answers 404 with the places that do
 * exist to choose from.
 */
@Named
@RequestScoped
public class RegionView {

    /** How many cities a city page that was not found suggests. */
    static final int SUGGESTED_CITIES = 12;

    @Inject Regions regions;

    @Inject Gazetteer gazetteer;

    @Inject SearchView searchView;

    private UsState state;
    private Region city;
    private List<Region> cities = List.of();
    private List<Region> states = List.of();
    private boolean notFound;

    /** Bound to f:viewAction of the region pages. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        Map<String, Object> attributes = external.getRequestMap();
        if (attributes.get(RegionPathFilter.FORWARDED) == null) {
            // /region or /regions asked for by name: the pages live under /treatment only.
            external.responseSendError(404, "Not found");
            context.responseComplete();
            return;
        }
        String stateSlug = (String) attributes.get(RegionPathFilter.STATE);
        String citySlug = (String) attributes.get(RegionPathFilter.CITY);
        if (stateSlug == null) {
            states = regions.states();
            return;
        }
        Optional<UsState> named = regions.state(stateSlug);
        if (named.isEmpty()) {
            notFound(external);
            states = regions.states();
            return;
        }
        state = named.get();
        cities = regions.cities(state);
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        if (citySlug == null) {
            byPath.put(SearchParameters.STATE, List.of(state.code()));
            searchView.loadFor(Regions.path(state), byPath);
            return;
        }
        String path = Regions.path(state) + "/" + citySlug;
        city = cities.stream().filter(c -> c.path().equals(path)).findFirst().orElse(null);
        if (city == null) {
            notFound(external);
            return;
        }
        Optional<Place> place = gazetteer.byCity(city.name(), state.code());
        if (place.isPresent()) {
            // Nearest to the city's centre first, anywhere in the city.
            byPath.put(SearchParameters.NEAR, List.of(place.get().displayName()));
            byPath.put(SearchParameters.RADIUS, List.of(SearchParameters.WHOLE_STATE));
        } else {
            byPath.put(SearchParameters.STATE, List.of(state.code()));
        }
        byPath.put(SearchParameters.CITY, List.of(city.name()));
        searchView.loadFor(path, byPath);
    }

    private void notFound(ExternalContext external) {
        notFound = true;
        external.setResponseStatus(404);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public UsState getState() {
        return state;
    }

    /** The city of a city page, or null on a state's page. */
    public Region getCity() {
        return city;
    }

    /** The state's cities with listings; on a city page that was not found, the first few. */
    public List<Region> getCities() {
        return notFound && cities.size() > SUGGESTED_CITIES
                ? cities.subList(0, SUGGESTED_CITIES)
                : cities;
    }

    /** The states with listings: on the index of states and when a state was not found. */
    public List<Region> getStates() {
        return states;
    }

    /** The address of the state's page. */
    public String getStatePath() {
        return state == null ? Regions.PREFIX : Regions.path(state);
    }

    /** The address this page is known by, for its canonical link. */
    public String getCanonicalPath() {
        if (state == null) {
            return Regions.PREFIX;
        }
        return city == null ? Regions.path(state) : city.path();
    }
}
