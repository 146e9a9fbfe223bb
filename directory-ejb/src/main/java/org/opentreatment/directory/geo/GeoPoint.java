package org.opentreatment.directory.geo;

import java.io.Serializable;

/** A WGS 84 position in decimal degrees. */
public record GeoPoint(double latitude, double longitude) implements Serializable {

    public GeoPoint {
        // Written as negated ranges so that NaN is rejected too.
        if (!(latitude >= -90.0 && latitude <= 90.0)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90: " + latitude);
        }
        if (!(longitude >= -180.0 && longitude <= 180.0)) {
            throw new IllegalArgumentException(
                    "longitude must be between -180 and 180: " + longitude);
        }
    }
}
