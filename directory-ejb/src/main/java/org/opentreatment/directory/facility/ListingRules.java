package org.opentreatment.directory.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.shared.Text;

/**
 * What makes a listing publishable, beyond what each field says of itself (the entity's Bean
 * Validation constraints): its ZIP code is one we know and lies in its state, its coordinates lie
 * in the United States and near that ZIP, and it offers at least one type of care. Imports check
 * every row with these rules, and so will the listing editor, so both refuse the same listings for
 * the same reasons.
 *
 * <p>A listing without coordinates gets its ZIP's centre, marked approximate: it is then found by
 * distance, a little off, instead of not at all.
 */
@ApplicationScoped
public class ListingRules {

    static final double METERS_PER_MILE = 1609.344;

    /** How far from its ZIP's centre a listing may lie; Alaska's ZIP areas are far larger. */
    static final double MAX_MILES_FROM_ZIP = 100;

    static final double MAX_MILES_FROM_ZIP_ALASKA = 500;

    // Boxes around the states, DC and the territories (south, north, west, east), a little
    // generous: a check that catches swapped or sign-flipped coordinates, not a border survey.
    private static final double[][] US_BOXES = {
        {24.0, 49.6, -125.0, -66.5}, // the 48 contiguous states and DC
        {51.0, 71.6, -180.0, -129.5}, // Alaska
        {51.0, 53.5, 172.0, 180.0}, // Alaska's western Aleutians, across the 180th meridian
        {18.5, 28.5, -178.5, -154.5}, // Hawaii
        {17.5, 18.6, -68.0, -64.5}, // Puerto Rico and the Virgin Islands
        {13.0, 20.8, 144.5, 146.2}, // Guam and the Northern Mariana Islands
        {-14.7, -11.0, -171.2, -168.0}, // American Samoa
        {19.0, 19.5, 166.3, 166.9}, // Wake Island (a GeoNames ZIP of Hawaii's)
    };

    private Gazetteer gazetteer;
    private Validator validator;

    protected ListingRules() {}

    @Inject
    public ListingRules(Gazetteer gazetteer, Validator validator) {
        this.gazetteer = gazetteer;
        this.validator = validator;
    }

    /**
     * Checks a listing, completing what can be derived (coordinates from the ZIP), and answers
     * everything wrong with it at once, so that a row or a form can be fixed in one pass.
     */
    public List<ListingProblem> check(Facility listing) {
        List<ListingProblem> problems = new ArrayList<>();
        Optional<Place> zip = checkZip(listing, problems);
        checkCoordinates(listing, zip, problems);
        if (listing.getTypesOfCare().isEmpty()) {
            problems.add(
                    ListingProblem.of(
                            ListingField.TYPES_OF_CARE, "", Text.of("listing.typeOfCare")));
        }
        // a field these rules found wrong already is not reported again by its constraint
        java.util.Set<String> reported = new java.util.HashSet<>();
        problems.forEach(p -> reported.add(p.field()));
        for (ConstraintViolation<Facility> violation : validator.validate(listing)) {
            if (reported.contains(column(violation.getPropertyPath()))) {
                continue;
            }
            problems.add(
                    new ListingProblem(
                            column(violation.getPropertyPath()),
                            violation.getInvalidValue() == null
                                    ? null
                                    : violation.getInvalidValue().toString(),
                            Text.of("listing.constraint", violation.getMessage())));
        }
        return problems;
    }

    private Optional<Place> checkZip(Facility listing, List<ListingProblem> problems) {
        String zip = listing.getAddress().getZip();
        if (zip == null || !zip.matches("\\d{5}")) {
            return Optional.empty(); // the field's own constraint says what is wrong
        }
        Optional<Place> place = gazetteer.byZip(zip);
        if (place.isEmpty()) {
            problems.add(
                    ListingProblem.of(ListingField.ZIP, zip, Text.of("listing.zipUnknown", zip)));
            return place;
        }
        String state = listing.getAddress().getState();
        String zipState = place.get().state().code();
        if (state != null && !zipState.equalsIgnoreCase(state)) {
            problems.add(
                    ListingProblem.of(
                            ListingField.ZIP,
                            zip,
                            Text.of("listing.zipNotInState", zip, zipState, state)));
        }
        return place;
    }

    private static void checkCoordinates(
            Facility listing, Optional<Place> zip, List<ListingProblem> problems) {
        Double lat = listing.getLatitude();
        Double lon = listing.getLongitude();
        if (lat == null && lon == null) {
            zip.ifPresent(
                    place -> {
                        listing.setLatitude(place.point().latitude());
                        listing.setLongitude(place.point().longitude());
                        listing.setLocationApproximate(true);
                    });
            return; // without a known ZIP, the ZIP's problem and the constraints say it all
        }
        if (lat == null || lon == null) {
            ListingField missing = lat == null ? ListingField.LATITUDE : ListingField.LONGITUDE;
            problems.add(ListingProblem.of(missing, null, Text.of("listing.bothCoordinates")));
            return;
        }
        if (!insideUnitedStates(lat, lon)) {
            problems.add(
                    ListingProblem.of(
                            ListingField.LATITUDE,
                            lat + ", " + lon,
                            Text.of("listing.outsideUnitedStates")));
            return;
        }
        zip.ifPresent(
                place -> {
                    double miles =
                            Geodesic.WGS84.Inverse(
                                                    lat,
                                                    lon,
                                                    place.point().latitude(),
                                                    place.point().longitude(),
                                                    GeodesicMask.DISTANCE)
                                            .s12
                                    / METERS_PER_MILE;
                    double limit =
                            "AK".equals(place.state().code())
                                    ? MAX_MILES_FROM_ZIP_ALASKA
                                    : MAX_MILES_FROM_ZIP;
                    if (miles > limit) {
                        problems.add(
                                ListingProblem.of(
                                        ListingField.LATITUDE,
                                        lat + ", " + lon,
                                        Text.of(
                                                "listing.farFromZip",
                                                Math.round(miles),
                                                place.zip())));
                    }
                });
    }

    static boolean insideUnitedStates(double lat, double lon) {
        for (double[] box : US_BOXES) {
            if (lat >= box[0] && lat <= box[1] && lon >= box[2] && lon <= box[3]) {
                return true;
            }
        }
        return false;
    }

    // "address.zip" -> "zip", "intakePhone" -> "intake_phone": the column names of ListingField.
    static String column(Path path) {
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
        }
        if (last == null) {
            return "listing";
        }
        return last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
