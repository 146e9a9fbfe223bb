package org.opentreatment.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.opentreatment.directory.search.SearchFixtures.*;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.GeoPoint;
import org.opentreatment.directory.geo.PlaceLookup;
import org.opentreatment.directory.testing.Deployments;

/** The search service against a real Lucene index and database, inside WildFly. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("search-it", SearchIT.class, SearchFixtures.class);
    }

    @EJB FacilitySearch search;

    @EJB SearchFixtures fixtures;

    @Inject Gazetteer gazetteer;

    GeoPoint columbus;

    @BeforeEach
    void loadFixtures() {
        columbus = gazetteer.byZip("43215").orElseThrow().point();
        fixtures.load(columbus);
    }

    @Test
    void radiusSearchReturnsActiveFacilitiesWithinTheRadiusNearestFirst() {
        SearchResult result = search.search(near(columbus, 25).build());

        assertThat(result.hits())
                .extracting(FacilityHit::name)
                .containsExactly(NEAR_BUPRENORPHINE, DUAL_BY_GROUP, METHADONE_OTP, DUAL_BY_CARE);
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits())
                .extracting(FacilityHit::distanceMiles)
                .satisfiesExactly(
                        d -> assertThat(d).isCloseTo(1.0, within(0.05)),
                        d -> assertThat(d).isCloseTo(3.0, within(0.05)),
                        d -> assertThat(d).isCloseTo(8.0, within(0.05)),
                        d -> assertThat(d).isCloseTo(20.0, within(0.1)));
    }

    @Test
    void widerRadiusReachesFartherFacilities() {
        assertThat(search.search(near(columbus, 50).build()).hits())
                .extracting(FacilityHit::name)
                .endsWith(DUAL_BY_CARE, FAR_AWAY);
        assertThat(search.search(near(columbus, 5).build()).hits())
                .extracting(FacilityHit::name)
                .containsExactly(NEAR_BUPRENORPHINE, DUAL_BY_GROUP);
    }

    @Test
    void dualDiagnosisMatchesTheCoOccurringGroupOrTypeOfCare() {
        assertThat(search.search(near(columbus, 25).dualDiagnosis(true).build()).hits())
                .extracting(FacilityHit::name)
                .containsExactly(DUAL_BY_GROUP, DUAL_BY_CARE);
    }

    @Test
    void severalMedicationsMatchAnyOfThem() {
        assertThat(
                        search.search(
                                        near(columbus, 25)
                                                .filter(
                                                        FilterGroup.MEDICATION,
                                                        Set.of(Medication.METHADONE))
                                                .build())
                                .hits())
                .extracting(FacilityHit::name)
                .containsExactly(METHADONE_OTP);
        assertThat(
                        search.search(
                                        near(columbus, 25)
                                                .filter(
                                                        FilterGroup.MEDICATION,
                                                        Set.of(
                                                                Medication.METHADONE,
                                                                Medication.NALTREXONE))
                                                .build())
                                .hits())
                .extracting(FacilityHit::name)
                .containsExactly(METHADONE_OTP, DUAL_BY_CARE);
        assertThat(
                        search.search(
                                        near(columbus, 25)
                                                .filter(
                                                        FilterGroup.MEDICATION,
                                                        Set.of(Medication.BUPRENORPHINE))
                                                .build())
                                .hits())
                .extracting(FacilityHit::name)
                .containsExactly(NEAR_BUPRENORPHINE, METHADONE_OTP);
    }

    /** A hit is read from the index alone: every field must come back as the listing has it. */
    @Test
    void aHitCarriesItsListingAsSavedThroughTheIndex() {
        FacilityHit otp = search.search(near(columbus, 25).build()).hits().get(2);
        Facility saved = fixtures.find(METHADONE_OTP);

        assertThat(otp.id()).isEqualTo(saved.getId());
        assertThat(otp.name()).isEqualTo(saved.getName());
        assertThat(otp.slug()).isEqualTo(saved.getSlug());
        assertThat(otp.street1()).isEqualTo(saved.getAddress().getStreet1());
        assertThat(otp.street2()).isEqualTo(saved.getAddress().getStreet2()).isNotNull();
        assertThat(otp.city()).isEqualTo(saved.getAddress().getCity());
        assertThat(otp.state()).isEqualTo(saved.getAddress().getState());
        assertThat(otp.zip()).isEqualTo(saved.getAddress().getZip());
        assertThat(otp.phone()).isEqualTo(saved.getPhone());
        assertThat(otp.latitude()).isCloseTo(saved.getLatitude(), within(1e-6));
        assertThat(otp.longitude()).isCloseTo(saved.getLongitude(), within(1e-6));
        // Shown in the vocabulary's order, whatever order the index keeps them in.
        assertThat(otp.medications())
                .containsExactly(Medication.METHADONE, Medication.BUPRENORPHINE);
        assertThat(otp.dualDiagnosis()).isEqualTo(saved.isDualDiagnosis()).isFalse();
        assertThat(otp.acceptingNewPatients()).isEqualTo(saved.isAcceptingNewPatients()).isFalse();
        assertThat(otp.lastVerified()).isEqualTo(saved.getLastVerified());
        assertThat(otp.sample()).isEqualTo(saved.isSample()).isFalse();
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(
                        search.search(
                                        near(columbus, 25)
                                                .dualDiagnosis(true)
                                                .filter(
                                                        FilterGroup.MEDICATION,
                                                        Set.of(Medication.NALTREXONE))
                                                .build())
                                .hits())
                .extracting(FacilityHit::name)
                .containsExactly(DUAL_BY_CARE);
    }

    @Test
    void stateWithoutAPointSortsByName() {
        SearchResult result = search.search(SearchQuery.builder().state("OH").build());
        assertThat(result.hits())
                .extracting(FacilityHit::name)
                .containsExactly(
                        NEAR_BUPRENORPHINE, DUAL_BY_GROUP, METHADONE_OTP, DUAL_BY_CARE, FAR_AWAY);
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.distanceMiles()).isNull());
    }

    @Test
    void cityMatchesWhateverwaySaintIsSpelled() {
        for (String spelling : List.of("St. Louis", "Saint Louis", "ST LOUIS", "st louis")) {
            assertThat(
                            search.search(SearchQuery.builder().state("MO").city(spelling).build())
                                    .hits())
                    .as(spelling)
                    .extracting(FacilityHit::name)
                    .containsExactly(SAINT_LOUIS, ST_LOUIS);
        }
        assertThat(search.search(SearchQuery.builder().city("Columbus").build()).hits())
                .extracting(FacilityHit::name)
                .containsExactly(NEAR_BUPRENORPHINE, DUAL_BY_GROUP);
    }

    @Test
    void keywordsFindBrandNamesAndServiceWords() {
        assertThat(search.search(near(columbus, 25).keywords("Suboxone").build()).hits())
                .extracting(FacilityHit::name)
                .containsExactly(NEAR_BUPRENORPHINE, METHADONE_OTP);
        assertThat(search.search(near(columbus, 25).keywords("vivitrol").build()).hits())
                .extracting(FacilityHit::name)
                .containsExactly(DUAL_BY_CARE);
        assertThat(search.search(near(columbus, 25).keywords("detox").build()).hits())
                .extracting(FacilityHit::name)
                .containsExactly(DUAL_BY_CARE);
        assertThat(search.search(SearchQuery.builder().keywords("dogwood").build()).hits())
                .extracting(FacilityHit::name)
                .containsExactly(METHADONE_OTP);
        assertThat(search.search(SearchQuery.builder().keywords("dual diagnosis").build()).hits())
                .extracting(FacilityHit::name)
                .containsExactlyInAnyOrder(DUAL_BY_GROUP, DUAL_BY_CARE);
    }

    @Test
    void pagesAreStableAndDoNotOverlap() {
        List<String> all =
                search.search(SearchQuery.builder().state("OH").build()).hits().stream()
                        .map(FacilityHit::name)
                        .toList();
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchResult result =
                    search.search(SearchQuery.builder().state("OH").page(page).size(2).build());
            assertThat(result.total()).isEqualTo(5);
            result.hits().forEach(hit -> paged.add(hit.name()));
        }
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(search.search(SearchQuery.builder().state("OH").page(3).size(2).build()).hits())
                .isEmpty();
    }

    @Test
    void aCityFoundByThePlaceLookupCentresTheSearch() {
        PlaceLookup lookup = gazetteer.lookup("Columbus, OH");

        GeoPoint centre = ((PlaceLookup.Found) lookup).place().point();
        assertThat(search.search(near(centre, 25).build()).hits())
                .extracting(FacilityHit::name)
                .startsWith(NEAR_BUPRENORPHINE, DUAL_BY_GROUP);
    }

    private static SearchQuery.Builder near(GeoPoint point, int miles) {
        return SearchQuery.builder().center(point).radiusMiles(miles);
    }
}
