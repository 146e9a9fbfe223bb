package org.opentreatment.directory.web.facility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectionsTest {

    @Test
    void routesToTheFacilityFromWhereverThePersonChooses() {
        assertThat(Directions.to(39.961176, -82.998794))
                .isEqualTo(
                        "https://www.openstreetmap.org/directions?route=%3B39.961176%2C-82.998794");
    }

    @Test
    void writesDegreesPlainlyWithoutNeedlessDigits() {
        assertThat(Directions.to(40.0, -83.5))
                .isEqualTo("https://www.openstreetmap.org/directions?route=%3B40%2C-83.5");
        assertThat(Directions.to(1e-7, 0.1234567))
                .isEqualTo("https://www.openstreetmap.org/directions?route=%3B0%2C0.123457");
    }
}
