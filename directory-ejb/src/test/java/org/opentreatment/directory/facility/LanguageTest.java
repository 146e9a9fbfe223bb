package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LanguageTest {

    @Test
    void offersTheTwentyFourLanguagesOfThe2019Locator() {
        assertThat(Arrays.stream(Language.values()).map(Language::label))
                .containsExactly(
                        "Arabic",
                        "Chinese",
                        "Creole",
                        "Farsi",
                        "French",
                        "German",
                        "Greek",
                        "Hebrew",
                        "Hindi",
                        "Hmong",
                        "Hopi",
                        "Italian",
                        "Japanese",
                        "Korean",
                        "Lakota",
                        "Navajo",
                        "Ojibwa",
                        "Polish",
                        "Portuguese",
                        "Russian",
                        "Spanish",
                        "Tagalog",
                        "Vietnamese",
                        "Yupik");
    }

    @Test
    void usesSamhsaForeignAndNativeLanguageCodes() {
        assertThat(Language.ARABIC.code()).isEqualTo("F4");
        assertThat(Language.HOPI.code()).isEqualTo("N13");
        assertThat(Language.OJIBWA.code()).isEqualTo("N24");
        assertThat(Language.SPANISH.code()).isEqualTo(LanguageService.SPANISH.code());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void codesAreSamhsasOrCannotClashWithThem(Language language) {
        assertThat(language.code()).matches("[FN][1-9][0-9]*|SP|X-[A-Z]+");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void isoCodesAreIso639Shaped(Language language) {
        assertThat(language.isoCode()).matches("[a-z]{2,3}");
    }

    @Test
    void isoCodesAreUnique() {
        assertThat(Arrays.stream(Language.values()).map(Language::isoCode)).doesNotHaveDuplicates();
    }
}
