package org.opentreatment.directory.geo;

/** The GeoNames postal-code data this package ships, and the credit its licence requires. */
public final class GeoNames {

    /**
     * CC BY 4.0 requires this line wherever the data is shown, so the About page and NOTICE use it.
     */
    public static final String ATTRIBUTION =
            "Contains data from GeoNames (geonames.org), licensed CC BY 4.0";

    private GeoNames() {}
}
