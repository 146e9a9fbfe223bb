package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicationTest {

    // NU is naltrexone, which blocks opioids; naloxone reverses an overdose and is no MOUD.
    @Test
    void theLocatorsNuImportsAsNaltrexone() {
        Medication nu = SamhsaCodes.fromCode(Medication.class, "NU").orElseThrow();

        assertThat(nu.brandNames()).contains("Vivitrol");
        assertThat(VocabularyTest.wordings(nu))
                .anyMatch(wording -> VocabularyTest.mentions(wording, "naltrexone"))
                .noneMatch(wording -> VocabularyTest.mentions(wording, "naloxone"));
    }

    @Test
    void noWordingThatMentionsNaloxoneImportsAsNaltrexone() {
        List<String> naloxoneWordings =
                SamhsaCodes.VOCABULARIES.stream()
                        .flatMap(type -> VocabularyTest.constants(type).stream())
                        .flatMap(VocabularyTest::wordings)
                        .filter(wording -> VocabularyTest.mentions(wording, "naloxone"))
                        .toList();

        assertThat(naloxoneWordings).isNotEmpty();
        for (String wording : naloxoneWordings) {
            assertThat(SamhsaCodes.fromLabel(Medication.class, wording))
                    .as(wording)
                    .isNotEqualTo(Optional.of(Medication.NALTREXONE));
            assertThat(
                            SamhsaCodes.fromLabel(Pharmacotherapy.class, wording)
                                    .map(Pharmacotherapy::medication))
                    .as(wording)
                    .isNotEqualTo(Optional.of(Medication.NALTREXONE));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Naloxone", "Naloxone (Narcan®)", "naloxone"})
    void naloxoneItselfImportsAsNoMedicationForOpioidUseDisorder(String wording) {
        assertThat(SamhsaCodes.fromLabel(Medication.class, wording)).isEmpty();
        assertThat(SamhsaCodes.fromLabel(Pharmacotherapy.class, wording)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Suboxone, BUPRENORPHINE",
        "Subutex, BUPRENORPHINE",
        "Sublocade, BUPRENORPHINE",
        "Vivitrol, NALTREXONE",
        "Methadose, METHADONE"
    })
    void aBrandNameFindsTheListingsOfItsMedicationOnly(String brand, Medication medication) {
        // A listing's service terms are what a keyword search matches.
        Facility offering = offering(EnumSet.of(medication));
        Facility offeringTheOthers = offering(EnumSet.complementOf(EnumSet.of(medication)));

        assertThat(offering.getServiceTerms()).contains(brand);
        assertThat(offeringTheOthers.getServiceTerms()).doesNotContain(brand);
    }

    @ParameterizedTest
    @EnumSource(Medication.class)
    void everyMedicationHasBrandNames(Medication medication) {
        assertThat(medication.brandNames()).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void aBrandNameBelongsToOneMedicationOnly() {
        // A keyword synonym for two medications would send someone to the wrong programs.
        List<String> all =
                Arrays.stream(Medication.values())
                        .flatMap(m -> m.brandNames().stream())
                        .map(brand -> brand.toLowerCase(Locale.ROOT))
                        .toList();

        assertThat(all).doesNotHaveDuplicates();
    }

    private static Facility offering(Set<Medication> medications) {
        Facility facility = new Facility();
        facility.getMedications().addAll(medications);
        return facility;
    }
}
