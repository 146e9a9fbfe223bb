package org.opentreatment.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentreatment.directory.facility.Medication;

class FacilityHitTest {

    private static FacilitySummary summary(List<Medication> medications) {
        return new FacilitySummary(
                42L,
                "Harbor Recovery Center",
                "harbor-recovery-center-columbus-oh",
                "100 Main Street",
                "Suite 200",
                "Columbus",
                "OH",
                "43215",
                "614-555-0123",
                GeoPoint.of(39.9612, -82.9988),
                true,
                medications,
                List.of(),
                List.of(),
                false,
                LocalDate.of(2025, 1, 31),
                true,
                "Buprenorphine; Suboxone; Detoxification; Outpatient");
    }

    private static FacilityHit hit(Double distanceMiles) {
        return FacilityHit.of(summary(List.of()), distanceMiles);
    }

    // Distances are shown to one decimal.
    @ParameterizedTest
    @CsvSource({
        "1.0, 1.0",
        "0.96, 1.0",
        "1.04, 1.0",
        "0.34, 0.3",
        "12.5, 12.5",
        "2.44, 2.4",
        "1.06, 1.1"
    })
    void distancesAreRoundedToATenthOfAMile(double miles, double shown) {
        assertThat(hit(miles).roundedMiles()).isEqualTo(shown);
    }

    @Test
    void noDistanceGivesNoRoundedDistance() {
        assertThat(hit(null).roundedMiles()).isNull();
    }

    @Test
    void medicationsAreSortedInTheVocabularysOrder() {
        FacilityHit hit =
                FacilityHit.of(
                        summary(
                                List.of(
                                        Medication.NALTREXONE,
                                        Medication.METHADONE,
                                        Medication.BUPRENORPHINE)),
                        null);

        // MU, BU, NU: the order of the SAMHSA vocabulary, which the enum declares.
        assertThat(hit.medications())
                .containsExactly(
                        Medication.METHADONE, Medication.BUPRENORPHINE, Medication.NALTREXONE);
    }

    @Test
    void aRepeatedMedicationIsShownOnce() {
        FacilityHit hit =
                FacilityHit.of(
                        summary(
                                List.of(
                                        Medication.NALTREXONE,
                                        Medication.BUPRENORPHINE,
                                        Medication.NALTREXONE)),
                        null);

        assertThat(hit.medications())
                .containsExactly(Medication.BUPRENORPHINE, Medication.NALTREXONE);
    }

    @Test
    void noMedicationsGiveAnEmptyList() {
        assertThat(FacilityHit.of(summary(List.of()), null).medications()).isEmpty();
    }

    @Test
    void matchedWordsComeInPiecesAndAPlainNameInOne() {
        assertThat(FacilityHit.segments("Alder \u0002Buprenorphine\u0003 Clinic"))
                .containsExactly(
                        new FacilityHit.Segment("Alder ", false),
                        new FacilityHit.Segment("Buprenorphine", true),
                        new FacilityHit.Segment(" Clinic", false));
        assertThat(FacilityHit.segments("\u0002Suboxone\u0003 and \u0002detox\u0003"))
                .extracting(FacilityHit.Segment::matched)
                .containsExactly(true, false, true);
        FacilityHit plain = hit(null);
        assertThat(plain.nameSegments())
                .containsExactly(new FacilityHit.Segment(plain.name(), false));
        assertThat(plain.servicesSegments()).isEmpty();
        FacilityHit matched =
                FacilityHit.of(
                        summary(List.of()), null, MatchedWords.of("(suboxon | suboxone) detox"));
        assertThat(matched.nameSegments())
                .containsExactly(new FacilityHit.Segment(plain.name(), false));
        assertThat(matched.servicesSegments())
                .containsExactly(
                        new FacilityHit.Segment("Suboxone", true),
                        new FacilityHit.Segment("; ", false),
                        new FacilityHit.Segment("Detoxification", true));
        assertThat(
                        FacilityHit.of(summary(List.of()), null, MatchedWords.of("harbor"))
                                .nameSegments())
                .containsExactly(
                        new FacilityHit.Segment("Harbor", true),
                        new FacilityHit.Segment(" Recovery Center", false));
    }
}
