package org.opentreatment.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordSpellingTest {

    private final KeywordSpelling spelling = KeywordSpelling.standard();

    @ParameterizedTest
    @CsvSource({
        "suboxon, suboxone",
        "Suboxon, suboxone",
        "methadon, methadone",
        "vivitral, vivitrol",
        "buprenorphin, buprenorphine",
        "rehabb, rehab",
        "detx, detox",
        "counsling, counseling",
        "naltrexon, naltrexone",
        "sublocaid, sublocade",
    })
    void aMisspeltWordGetsTheWordPeopleMeant(String typed, String meant) {
        assertThat(spelling.candidates(typed)).first().isEqualTo(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"suboxone", "Methadone", "rehab", "detox", "Vivitrol", "medicaid"})
    void aKnownWordIsLeftAlone(String word) {
        assertThat(spelling.knows(word)).isTrue();
        assertThat(spelling.candidates(word)).isEmpty();
    }

    @ParameterizedTest
    // Too short to correct safely, too far from any word, or not a plain word
    @ValueSource(strings = {"mat", "zzzzzzzz", "columbus", "subox*", "-detx", "43215"})
    void whatIsNoTypoIsLeftAlone(String word) {
        assertThat(spelling.candidates(word)).isEmpty();
    }

    @Test
    void theDistanceGrowsWithTheWord() {
        assertThat(KeywordSpelling.maxDistance(3)).isZero();
        assertThat(KeywordSpelling.maxDistance(5)).isEqualTo(1);
        assertThat(KeywordSpelling.maxDistance(12)).isEqualTo(2);
        // Two edits in a short word are another word, not a typo
        assertThat(spelling.candidates("sbxne")).isEmpty();
        assertThat(spelling.candidates("bprenorphin")).containsExactly("buprenorphine");
    }

    @Test
    void widenedKeywordsMatchTheWordOrItsCorrectionOnly() {
        assertThat(spelling.widen("suboxon clinic")).isEqualTo("(suboxon | suboxone) clinic");
        assertThat(spelling.widen("methadone detox")).isEqualTo("methadone detox");
        assertThat(spelling.widen(null)).isNull();
    }

    @Test
    void phrasesAndSyntaxAreNotCorrected() {
        assertThat(spelling.widen("\"suboxon clinic\"")).isEqualTo("\"suboxon clinic\"");
        assertThat(spelling.widen("-suboxon methadon*")).isEqualTo("-suboxon methadon*");
    }

    @Test
    void theBestCorrectionAndTheOthersCanBeOffered() {
        KeywordSpelling.Spelling checked = spelling.check("rehabb suboxon");
        assertThat(checked.corrected()).isTrue();
        assertThat(checked.best()).isEqualTo("rehab suboxone");
        assertThat(checked.alternatives(3)).doesNotContain("rehab suboxone").hasSizeLessThan(3);
        assertThat(spelling.check("rehab").corrected()).isFalse();
    }

    @Test
    void aSmallDictionaryBehavesTheSame() {
        KeywordSpelling small = new KeywordSpelling(List.of("Detoxification; Buprenorphine"));
        assertThat(small.candidates("detoxificaton")).containsExactly("detoxification");
        assertThat(small.candidates("suboxon")).isEmpty();
    }

    @Test
    void twelveLongWordsAreCorrectedQuickly() {
        String keywords = "buprenorphin ".repeat(SearchLimits.MAX_KEYWORDS).strip();
        spelling.widen(keywords); // warm up
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            spelling.widen(keywords);
        }
        long perSearchMicros = (System.nanoTime() - start) / 100 / 1000;
        assertThat(perSearchMicros).as("microseconds per search").isLessThan(20_000);
    }
}
