package org.opentreatment.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Suggestions for places the gazetteer does not find, and places inside other words: real data. */
class PlaceSuggestionsTest {

    private static Gazetteer gazetteer;

    // As the web module asks: words of the keyword dictionary are not city names.
    private static final Predicate<String> KEYWORDS =
            Set.of("rehab", "center", "clinic", "suboxone", "detox", "methadone")::contains;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    private static List<String> names(List<Place> places) {
        return places.stream().map(Place::displayName).toList();
    }

    @Test
    void aMisspeltCityInItsStateComesFirst() {
        assertThat(gazetteer.lookup("Colombus, OH")).isInstanceOf(PlaceLookup.NotFound.class);
        assertThat(names(gazetteer.alternativesTo("Colombus, OH", 5)))
                .first()
                .isEqualTo("Columbus, OH");
        assertThat(names(gazetteer.alternativesTo("Colombus OH", 5)))
                .first()
                .isEqualTo("Columbus, OH");
        assertThat(names(gazetteer.alternativesTo("Cincinati, Ohio", 5)))
                .first()
                .isEqualTo("Cincinnati, OH");
    }

    @Test
    void aCityNameWithoutStateOffersEveryCityOfThatNameBiggestFirst() {
        List<String> columbus = names(gazetteer.alternativesTo("Columbus", 5));
        assertThat(columbus).hasSize(5).allMatch(n -> n.startsWith("Columbus, "));
        assertThat(columbus.subList(0, 2))
                .containsExactlyInAnyOrder("Columbus, OH", "Columbus, GA");
        assertThat(columbus).contains("Columbus, IN");
    }

    @Test
    void aMisspeltCityWithoutStateIsLookedForEverywhere() {
        assertThat(names(gazetteer.alternativesTo("Colombus", 5))).contains("Columbus, OH");
        assertThat(names(gazetteer.alternativesTo("Pitsburgh", 5))).contains("Pittsburgh, PA");
    }

    @Test
    void aStateAloneOffersItsLargestCities() {
        assertThat(names(gazetteer.alternativesTo("Ohio", 3)))
                .hasSize(3)
                .allMatch(n -> n.endsWith(", OH"))
                .contains("Columbus, OH");
    }

    @Test
    void anUnknownZipOffersTheCitiesOfItsArea() {
        assertThat(gazetteer.byZip("43299")).isEmpty();
        assertThat(names(gazetteer.alternativesTo("43299", 5))).first().isEqualTo("Columbus, OH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"43215", "Columbus, OH", "zzzzqqqq", "", "12"})
    void whatIsFoundOrFarFromAnyPlaceHasNone(String text) {
        assertThat(gazetteer.alternativesTo(text, 5)).isEmpty();
    }

    @Test
    void aZipAmongOtherWordsIsThePlaceAndTheRestAreKeywords() {
        PlaceInText found = gazetteer.placeIn("detox near 43215", KEYWORDS).orElseThrow();
        assertThat(found.name()).isEqualTo("43215");
        assertThat(found.rest()).isEqualTo("detox");
        // ZIPs as they were looked up before: alone, or after their own city
        assertThat(gazetteer.placeIn("43215", KEYWORDS)).isEmpty();
        assertThat(gazetteer.placeIn("Columbus, OH 43215", KEYWORDS)).isEmpty();
    }

    @Test
    void aCityAndStateAmongOtherWordsIsThePlace() {
        PlaceInText found =
                gazetteer.placeIn("suboxone clinic columbus oh", KEYWORDS).orElseThrow();
        assertThat(found.place().displayName()).isEqualTo("Columbus, OH");
        assertThat(found.name()).isEqualTo("Columbus, OH");
        assertThat(found.rest()).isEqualTo("suboxone clinic");
        assertThat(gazetteer.placeIn("Saint Louis, MO methadone", KEYWORDS).orElseThrow().rest())
                .isEqualTo("methadone");
        assertThat(gazetteer.placeIn("Columbus, OH", KEYWORDS)).isEmpty();
        assertThat(gazetteer.placeIn("Charleston West Virginia", KEYWORDS)).isEmpty();
    }

    @Test
    void keywordsAreNotTakenForACity() {
        // Center, TX exists, but "rehab center" is what the person looks for
        assertThat(gazetteer.placeIn("rehab center tx", KEYWORDS)).isEmpty();
        assertThat(gazetteer.citiesNamedIn("rehab center", 5, KEYWORDS)).isEmpty();
    }

    @Test
    void aCityWithoutStateAmongOtherWordsOffersItsNamesakes() {
        List<PlaceInText> found = gazetteer.citiesNamedIn("suboxone columbus", 3, KEYWORDS);
        assertThat(found).hasSize(3).allMatch(p -> p.rest().equals("suboxone"));
        assertThat(found).extracting(PlaceInText::name).contains("Columbus, OH");
        assertThat(gazetteer.citiesNamedIn("suboxone detox", 3, KEYWORDS)).isEmpty();
    }
}
