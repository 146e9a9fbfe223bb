package org.opentreatment.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PlaceTest {

    private static final UsState OHIO =
            new UsState("OH", "39", "Ohio", "Midwest", "East North Central", 5);
    private static final GeoPoint COLUMBUS = new GeoPoint(39.96, -83.0);

    @Test
    void aZipShowsItsCityStateAndZip() {
        Place zip = new Place(PlaceKind.ZIP, "43215", "Columbus", OHIO, "Franklin", COLUMBUS);

        assertThat(zip.displayName()).isEqualTo("Columbus, OH 43215");
    }

    @Test
    void aCityShowsItsCityAndState() {
        Place city = new Place(PlaceKind.CITY, null, "Columbus", OHIO, "Franklin", COLUMBUS);

        assertThat(city.displayName()).isEqualTo("Columbus, OH");
    }

    @Test
    void aZipPlaceNeedsFiveDigits() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Place(
                                        PlaceKind.ZIP,
                                        null,
                                        "Columbus",
                                        OHIO,
                                        "Franklin",
                                        COLUMBUS));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Place(
                                        PlaceKind.ZIP,
                                        "4321",
                                        "Columbus",
                                        OHIO,
                                        "Franklin",
                                        COLUMBUS));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Place(
                                        PlaceKind.ZIP,
                                        "4321a",
                                        "Columbus",
                                        OHIO,
                                        "Franklin",
                                        COLUMBUS));
    }

    @Test
    void aCityPlaceHasNoZip() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Place(
                                        PlaceKind.CITY,
                                        "43215",
                                        "Columbus",
                                        OHIO,
                                        "Franklin",
                                        COLUMBUS));
    }
}
