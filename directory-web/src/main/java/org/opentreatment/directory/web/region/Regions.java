package org.opentreatment.directory.web.region;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.geo.PlaceNames;
import org.opentreatment.directory.geo.UsState;
import org.opentreatment.directory.search.FacilitySearch;

/**
 * The states and cities that have listings, with their counts and addresses, as the index has them
 * now: what the region pages list and the sitemap names.
 */
@ApplicationScoped
public class Regions {

    /** A state or city with listings: its name, its address within the site, its count. */
    public record Region(String name, String path, long count) {}

    /** The address prefix of the region pages. */
    public static final String PREFIX = "/treatment";

    @EJB FacilitySearch search;

    @Inject Gazetteer gazetteer;

    /** The state a slug names ("ohio", "new-york"), if any. */
    public Optional<UsState> state(String slug) {
        return gazetteer.states().all().stream().filter(s -> slug(s).equals(slug)).findFirst();
    }

    /** Every state with listings, by name. */
    public List<Region> states() {
        Map<String, Long> counts = search.countByState();
        return gazetteer.states().all().stream()
                .filter(s -> counts.containsKey(s.code()))
                .map(s -> new Region(s.name(), path(s), counts.get(s.code())))
                .sorted(Comparator.comparing(Region::name))
                .toList();
    }

    /** The states that have listings, by name. */
    public List<UsState> statesWithListings() {
        Map<String, Long> counts = search.countByState();
        return gazetteer.states().all().stream()
                .filter(s -> counts.containsKey(s.code()))
                .sorted(Comparator.comparing(UsState::name))
                .toList();
    }

    /** The state's cities with listings, most listings first, then by name. */
    public List<Region> cities(UsState state) {
        return search.countByCity(state.code()).entrySet().stream()
                .map(
                        e -> {
                            String name = cityName(e.getKey(), state);
                            return new Region(
                                    name, path(state) + "/" + PlaceNames.slug(name), e.getValue());
                        })
                .sorted(
                        Comparator.comparingLong(Region::count)
                                .reversed()
                                .thenComparing(Region::name))
                .toList();
    }

    /** The address of a state's page: {@code /treatment/ohio}. */
    public static String path(UsState state) {
        return PREFIX + "/" + slug(state);
    }

    private static String slug(UsState state) {
        return PlaceNames.slug(state.name());
    }

    // The gazetteer's spelling of the city ("St. Louis"), else the index's key in title case.
    private String cityName(String key, UsState state) {
        return gazetteer.byCity(key, state.code()).map(Place::city).orElseGet(() -> titleCase(key));
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
