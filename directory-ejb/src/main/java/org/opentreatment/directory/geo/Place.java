package org.opentreatment.directory.geo;

import java.io.Serializable;
import java.util.Objects;

/**
 * A ZIP code area or a whole city. For a city, {@code zip} is null, {@code point} is the mean of
 * its ZIP points and {@code county} the county most of its ZIPs lie in.
 */
public record Place(
        PlaceKind kind, String zip, String city, UsState state, String county, GeoPoint point)
        implements Serializable {

    public Place {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(point, "point");
        county = county == null ? "" : county;
        if (kind == PlaceKind.ZIP && !isFiveDigits(zip)) {
            throw new IllegalArgumentException("a ZIP place needs a five-digit ZIP: " + zip);
        }
        if (kind == PlaceKind.CITY && zip != null) {
            throw new IllegalArgumentException("a city place has no ZIP: " + zip);
        }
    }

    // Hand-written: String.matches would compile a pattern for each of the 41,000 ZIPs loaded.
    private static boolean isFiveDigits(String zip) {
        if (zip == null || zip.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (zip.charAt(i) < '0' || zip.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public String displayName() {
        String cityAndState = city + ", " + state.code();
        return kind == PlaceKind.ZIP ? cityAndState + " " + zip : cityAndState;
    }
}
