package org.opentreatment.directory.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.facility.SamhsaCodes;

class VocabularyLabelsTest {

    private static final Locale SPANISH = new Locale("es");

    private static List<SamhsaCoded> everyValue() {
        return SamhsaCodes.VOCABULARIES.stream()
                .flatMap(c -> Arrays.stream(c.getEnumConstants()))
                .map(SamhsaCoded.class::cast)
                .toList();
    }

    @Test
    void everyValueOfEveryVocabularyHasASpanishLabel() {
        assertThat(everyValue())
                .allSatisfy(
                        v ->
                                assertThat(VocabularyLabels.translated(v, SPANISH))
                                        .as(VocabularyLabels.key(v))
                                        .isTrue());
    }

    @Test
    void theSpanishBundleNamesNoValueThatDoesNotExist() {
        Set<String> keys =
                everyValue().stream().map(VocabularyLabels::key).collect(Collectors.toSet());
        ResourceBundle spanish = ResourceBundle.getBundle(VocabularyLabels.BUNDLE, SPANISH);
        assertThat(spanish.keySet()).isSubsetOf(keys);
    }

    @Test
    void englishIsTheValuesOwnLabelAndSpanishComesFromTheBundle() {
        assertThat(VocabularyLabels.label(Medication.BUPRENORPHINE, Locale.ENGLISH))
                .isEqualTo("Buprenorphine");
        assertThat(VocabularyLabels.label(Medication.BUPRENORPHINE, SPANISH))
                .isEqualTo("Buprenorfina");
    }

    @Test
    void aLanguageWithoutABundleFallsBackToTheOwnLabelNotToTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(SPANISH);
        try {
            assertThat(VocabularyLabels.label(Medication.METHADONE, Locale.GERMAN))
                    .isEqualTo("Methadone");
        } finally {
            Locale.setDefault(before);
        }
    }
}
