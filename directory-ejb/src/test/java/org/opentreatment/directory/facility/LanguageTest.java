package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LanguageTest {

    @Test
    void theTwentyFourLanguagesOfThe2019LocatorImportAsTwentyFourLanguages() {
        // As the 2019 locator's language filter names them.
        List<String> locator =
                List.of(
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

        List<Language> imported =
                locator.stream()
                        .map(name -> SamhsaCodes.fromLabel(Language.class, name))
                        .flatMap(Optional::stream)
                        .toList();

        assertThat(imported).doesNotHaveDuplicates().containsExactlyInAnyOrder(Language.values());
    }

    @Test
    void spanishIsOneCodeForTheLanguageAndTheLanguageService() {
        // SAMHSA codes Spanish as a language service of its own; either column's SP is Spanish.
        assertThat(SamhsaCodes.fromCode(Language.class, LanguageService.SPANISH.code()))
                .contains(Language.SPANISH);
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

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "HOPI", mode = EnumSource.Mode.EXCLUDE)
    void theIsoCodeNamesTheSameLanguage(Language language) {
        // The JDK's English name for the code, such as "Haitian Creole" for ht or "Persian" for
        // fa, names the language as we do. The JDK has no name for Hopi (hop).
        String name = Locale.forLanguageTag(language.isoCode()).getDisplayLanguage(Locale.ENGLISH);

        assertThat(VocabularyTest.wordings(language))
                .anyMatch(wording -> VocabularyTest.mentions(name, wording));
    }

    @Test
    void isoCodesAreUnique() {
        assertThat(Arrays.stream(Language.values()).map(Language::isoCode)).doesNotHaveDuplicates();
    }
}
