package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PharmacotherapyTest {

    @ParameterizedTest
    @CsvSource({
        "BUPRENORPHINE_WITH_NALOXONE, BUPRENORPHINE",
        "BUPRENORPHINE_WITHOUT_NALOXONE, BUPRENORPHINE",
        "BUPRENORPHINE_EXTENDED_RELEASE, BUPRENORPHINE",
        "BUPRENORPHINE_IMPLANT, BUPRENORPHINE",
        "NALTREXONE_ORAL, NALTREXONE",
        "NALTREXONE_EXTENDED_RELEASE, NALTREXONE",
        "METHADONE, METHADONE"
    })
    void opioidFormsBelongToTheirMedication(Pharmacotherapy form, Medication medication) {
        assertThat(form.medication()).isEqualTo(medication);
    }

    @ParameterizedTest
    @EnumSource(
            value = Pharmacotherapy.class,
            names = {
                "LOFEXIDINE",
                "CLONIDINE",
                "ACAMPROSATE",
                "DISULFIRAM",
                "MEDICATIONS_FOR_MENTAL_DISORDERS"
            })
    void othersAreNotMedicationsForOpioidUseDisorder(Pharmacotherapy therapy) {
        assertThat(therapy.medication()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Medication.class)
    void everyMedicationHasAForm(Medication medication) {
        assertThat(Pharmacotherapy.values()).anyMatch(form -> form.medication() == medication);
    }

    @Test
    void naltrexoneFormsKeepSamhsasOwnCodes() {
        assertThat(Pharmacotherapy.NALTREXONE_ORAL.code()).isEqualTo("NXN");
        assertThat(Pharmacotherapy.NALTREXONE_EXTENDED_RELEASE.code()).isEqualTo("VTRL");
    }

    @Test
    void codesDoNotReuseMedicationCodes() {
        // Both vocabularies can end up in one export column, so the codes must stay apart.
        assertThat(Arrays.stream(Pharmacotherapy.values()).map(Pharmacotherapy::code))
                .doesNotContainAnyElementsOf(
                        Arrays.stream(Medication.values()).map(Medication::code).toList());
    }
}
