package org.opentreatment.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    @ParameterizedTest
    @CsvSource({"90, 180", "-90, -180", "0, 0", "39.9671, -83.0044"})
    void acceptsTheWholeRange(double latitude, double longitude) {
        GeoPoint point = new GeoPoint(latitude, longitude);

        assertThat(point.latitude()).isEqualTo(latitude);
        assertThat(point.longitude()).isEqualTo(longitude);
    }

    @ParameterizedTest
    @CsvSource({
        "90.0001, 0",
        "-90.0001, 0",
        "0, 180.0001",
        "0, -180.0001",
        "NaN, 0",
        "0, NaN",
        "Infinity, 0",
        "0, -Infinity"
    })
    void rejectsPointsOffTheGlobe(double latitude, double longitude) {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(latitude, longitude));
    }

    @Test
    void namesTheBadCoordinate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GeoPoint(0, 200))
                .withMessageContaining("longitude");
    }
}
