package org.opentreatment.directory.geo;

import java.util.Objects;

/** One row of the GeoNames postal-code file, reduced to the columns the gazetteer uses. */
public record PostalCode(String zip, String city, String stateCode, String county, GeoPoint point) {

    public PostalCode {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(stateCode, "stateCode");
        Objects.requireNonNull(point, "point");
        county = county == null ? "" : county;
    }

    Place toPlace(UsState state) {
        return new Place(PlaceKind.ZIP, zip, city, state, county, point);
    }
}
