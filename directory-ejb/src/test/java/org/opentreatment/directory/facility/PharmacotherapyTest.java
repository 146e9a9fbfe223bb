package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PharmacotherapyTest {

    @ParameterizedTest
    @EnumSource(Pharmacotherapy.class)
    void aFormBelongsToTheMedicationEachOfItsWordingsNames(Pharmacotherapy form) {
        // "Oral naltrexone" is a form of naltrexone; "Disulfiram (Antabuse®)" of no MOUD at all.
        Set<Medication> expected =
                form.medication() == null
                        ? EnumSet.noneOf(Medication.class)
                        : EnumSet.of(form.medication());

        VocabularyTest.wordings(form)
                .forEach(
                        wording ->
                                assertThat(medicationsNamedIn(wording))
                                        .as(wording)
                                        .isEqualTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // As the 2019 locator export writes them, odd spacing and marks included.
                "Buprenorphine with naloxone  (Suboxone®)                              | BUPRENORPHINE",
                "Buprenorphine (extended-release, injectable, for example, Sublocade®) | BUPRENORPHINE",
                "Extended-release, injectable Naltrexone (Vivitrol®)                   | NALTREXONE",
                "Vivitrol® (Injectable Naltrexone)                                     | NALTREXONE",
                "Naltrexone (oral)                                                     | NALTREXONE",
                "Methadone                                                             | METHADONE"
            })
    void anImportedFormCountsAsItsMedication(String wording, Medication medication) {
        assertThat(SamhsaCodes.fromLabel(Pharmacotherapy.class, wording))
                .map(Pharmacotherapy::medication)
                .hasValue(medication);
    }

    @Test
    void aBrandThatAFormsWordingNamesIsABrandOfItsMedication() {
        // Otherwise listings offering the form would count under the wrong medication.
        List<String> checked = new ArrayList<>();
        for (Pharmacotherapy form : Pharmacotherapy.values()) {
            for (Medication medication : Medication.values()) {
                for (String brand : medication.brandNames()) {
                    if (VocabularyTest.wordings(form)
                            .anyMatch(wording -> VocabularyTest.mentions(wording, brand))) {
                        assertThat(form.medication())
                                .as("%s names %s", form, brand)
                                .isEqualTo(medication);
                        checked.add(brand);
                    }
                }
            }
        }

        assertThat(checked).contains("Suboxone", "Sublocade", "Vivitrol");
    }

    @ParameterizedTest
    @EnumSource(Medication.class)
    void everyMedicationHasAForm(Medication medication) {
        assertThat(Pharmacotherapy.values()).anyMatch(form -> form.medication() == medication);
    }

    @Test
    void codesDoNotReuseMedicationCodes() {
        // Both vocabularies can end up in one export column, so the codes must stay apart.
        assertThat(Arrays.stream(Pharmacotherapy.values()).map(Pharmacotherapy::code))
                .doesNotContainAnyElementsOf(
                        Arrays.stream(Medication.values()).map(Medication::code).toList());
    }

    private static Set<Medication> medicationsNamedIn(String wording) {
        return Arrays.stream(Medication.values())
                .filter(m -> VocabularyTest.mentions(wording, m.label()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Medication.class)));
    }
}
