package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SamhsaCodeSetConverterTest {

    private final Medication.SetConverter medications = new Medication.SetConverter();
    private final Language.SetConverter languages = new Language.SetConverter();

    @Test
    void storesCodesInVocabularyOrderWhateverTheSetOrder() {
        Set<Medication> reversed =
                new LinkedHashSet<>(List.of(Medication.NALTREXONE, Medication.METHADONE));

        assertThat(medications.convertToDatabaseColumn(reversed)).isEqualTo("MU,NU");
    }

    @Test
    void roundTripsEverySubsetOfAVocabulary() {
        for (Language language : Language.values()) {
            Set<Language> set = EnumSet.of(language, Language.SPANISH);
            assertThat(languages.convertToEntityAttribute(languages.convertToDatabaseColumn(set)))
                    .isEqualTo(set);
        }
        Set<Language> all = EnumSet.allOf(Language.class);
        assertThat(languages.convertToEntityAttribute(languages.convertToDatabaseColumn(all)))
                .isEqualTo(all);
    }

    @Test
    void emptyAndNullAreAnEmptyColumnAndAnEmptyMutableSet() {
        assertThat(medications.convertToDatabaseColumn(Set.of())).isEmpty();
        assertThat(medications.convertToDatabaseColumn(null)).isEmpty();
        Set<Medication> read = medications.convertToEntityAttribute("");
        assertThat(read).isEmpty();
        read.add(Medication.BUPRENORPHINE);
        assertThat(medications.convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void toleratesBlanksAroundCodes() {
        assertThat(medications.convertToEntityAttribute(" BU , NU "))
                .containsExactly(Medication.BUPRENORPHINE, Medication.NALTREXONE);
    }

    @Test
    void anUnknownCodeInTheDatabaseIsAnErrorNamingIt() {
        assertThatThrownBy(() -> medications.convertToEntityAttribute("BU,XX"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("XX")
                .hasMessageContaining("Medication");
    }
}
