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
                false,
                LocalDate.of(2025, 1, 31),
                true);
    }

    private static FacilityHit hit(Double distanceMiles) {
        return FacilityHit.of(summary(List.of()), distanceMiles);
    }

    // Distances are shown to one decimal, and exactly one mile is singular.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.0   | 1 mile away",
                "0.96  | 1 mile away",
                "1.04  | 1 mile away",
                "0.3   | 0.3 miles away",
                "0.34  | 0.3 miles away",
                "12.5  | 12.5 miles away",
                "2.44  | 2.4 miles away",
                "1.06  | 1.1 miles away",
                "0.94  | 0.9 miles away",
                "100.0 | 100.0 miles away"
            })
    void distanceLabelRoundsToATenthOfAMile(double miles, String label) {
        assertThat(hit(miles).distanceLabel()).isEqualTo(label);
    }

    @Test
    void noDistanceGivesNoLabel() {
        assertThat(hit(null).distanceLabel()).isEmpty();
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
}
