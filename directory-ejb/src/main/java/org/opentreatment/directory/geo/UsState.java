package org.opentreatment.directory.geo;

import java.io.Serializable;
import java.util.Objects;

/**
 * A state, DC or territory. {@code censusRegion} and {@code censusDivision} are null for the
 * territories, which the Census Bureau leaves out of its regions.
 */
public record UsState(
        String code,
        String fips,
        String name,
        String censusRegion,
        String censusDivision,
        int hhsRegion)
        implements Serializable {

    public UsState {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fips, "fips");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("USPS code must be two capital letters: " + code);
        }
    }
}
