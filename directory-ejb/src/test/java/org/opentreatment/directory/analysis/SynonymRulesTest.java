package org.opentreatment.directory.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynonymRulesTest {

    @Test
    void commentsAndBlankLinesAreNotRules() {
        assertThat(
                        SynonymRules.parse(
                                "# a comment\n\n  detox => detoxification  \n#\nrehab => treatment\n"))
                .containsExactly("detox => detoxification", "rehab => treatment");
    }

    @Test
    void theShippedListHasTheBrandNamesPeopleType() {
        assertThat(SynonymRules.load())
                .isNotEmpty()
                .noneMatch(rule -> rule.startsWith("#") || rule.isBlank())
                .anyMatch(rule -> rule.startsWith("suboxone,") && rule.endsWith("=> buprenorphine"))
                .contains("detox => detoxification");
    }
}
