package org.opentreatment.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Columbus            | columbus",
                "  COLUMBUS   OH     | columbus oh",
                "St. Louis           | saint louis",
                "ST LOUIS            | saint louis",
                "Saint Louis         | saint louis",
                "Ste. Genevieve      | sainte genevieve",
                "Mt Vernon           | mount vernon",
                "Mt. Vernon          | mount vernon",
                "Ft Worth            | fort worth",
                "Coeur d'Alene       | coeur dalene",
                "Coeur d’Alene       | coeur dalene",
                "Winston-Salem       | winston salem",
                "San José            | san jose",
                "Doña Ana            | dona ana",
                "Columbus, OH        | columbus oh",
                "Lincoln'S New Salem | lincolns new salem",
                "Stockton            | stockton",
                "Mount Saint Mary    | mount saint mary",
                "'' ... --           | ''"
            })
    void normalizes(String text, String expected) {
        assertThat(PlaceNames.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "St. Louis    | Saint Louis",
                "ST. LOUIS    | saint louis",
                "st louis     | SAINT LOUIS",
                "Mt Vernon    | Mount Vernon",
                "Ft. Worth    | Fort Worth",
                "San Jose     | SAN JOSÉ",
                "Coeur dAlene | Coeur d'Alene"
            })
    void spellingsOfOneNameShareAKey(String typed, String geonames) {
        assertThat(PlaceNames.normalize(typed)).isEqualTo(PlaceNames.normalize(geonames));
    }

    @Test
    void aPrefixCanKeepItsLastWordAsTyped() {
        assertThat(PlaceNames.normalize("St", false)).isEqualTo("st");
        assertThat(PlaceNames.normalize("St Lou", false)).isEqualTo("saint lou");
    }

    @Test
    void nullIsEmpty() {
        assertThat(PlaceNames.normalize(null)).isEmpty();
        assertThat(PlaceNames.slug(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "St. Louis           | st-louis",
                "San José            | san-jose",
                "Coeur d'Alene       | coeur-dalene",
                "Winston-Salem       | winston-salem",
                "  New   York  City  | new-york-city",
                "U.S. Virgin Islands | us-virgin-islands",
                "--Fort Worth, TX--  | fort-worth-tx",
                "Doña Ana 88001      | dona-ana-88001"
            })
    void slugs(String text, String expected) {
        assertThat(PlaceNames.slug(text)).isEqualTo(expected).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
