package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MedicationTest {

    @Test
    void nuIsNaltrexoneNotNaloxone() {
        assertThat(SamhsaCodes.fromCode(Medication.class, "NU")).contains(Medication.NALTREXONE);
        assertThat(Medication.NALTREXONE.label()).isEqualTo("Naltrexone");
        assertThat(Medication.NALTREXONE.alternativeLabels()).noneMatch(l -> l.contains("aloxone"));
    }

    @Test
    void codesAreSamhsas() {
        assertThat(Medication.METHADONE.code()).isEqualTo("MU");
        assertThat(Medication.BUPRENORPHINE.code()).isEqualTo("BU");
    }

    @Test
    void brandNamesAreThoseThatPeopleSearchFor() {
        assertThat(Medication.BUPRENORPHINE.brandNames())
                .contains("Suboxone", "Subutex", "Sublocade", "Zubsolv", "Brixadi");
        assertThat(Medication.NALTREXONE.brandNames()).contains("Vivitrol", "Revia");
        assertThat(Medication.METHADONE.brandNames()).contains("Dolophine", "Methadose");
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
                Arrays.stream(Medication.values()).flatMap(m -> m.brandNames().stream()).toList();

        assertThat(all).doesNotHaveDuplicates();
    }
}
