package org.opentreatment.directory.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Links keep the chosen language: one {@code lang}, after the other parameters, before a fragment.
 */
class LanguageViewTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/                                              | /?lang=es",
                "/learn/paying                                  | /learn/paying?lang=es",
                "/?dualDiagnosis=true                           | /?dualDiagnosis=true&lang=es",
                "/?medication=BU&medication=MU&medication=NU    | /?medication=BU&medication=MU&medication=NU&lang=es",
                "/?payment=MD&lang=en                           | /?payment=MD&lang=es",
                "/?lang=en&payment=MD                           | /?payment=MD&lang=es",
                "/?lang&payment=MD                              | /?payment=MD&lang=es",
                "/?                                             | /?lang=es",
                "/?typeOfCare=SA#filters                        | /?typeOfCare=SA&lang=es#filters",
                "/learn#medications                             | /learn?lang=es#medications",
                "/?language=x                                   | /?language=x&lang=es",
            })
    void setsTheLanguageOnceAndKeepsEverythingElse(String link, String expected) {
        assertThat(LanguageView.withLanguage(link, "es")).isEqualTo(expected);
    }
}
