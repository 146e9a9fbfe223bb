package org.opentreatment.directory.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentreatment.directory.shared.Settings;

class HelplineTest {

    private static final String NUMBER = Settings.HELPLINE_NUMBER;
    private static final String NAME = Settings.HELPLINE_NAME;
    private static final String WHO_ANSWERS = Settings.HELPLINE_WHO_ANSWERS;
    private static final String HOURS = Settings.HELPLINE_HOURS;

    /** What the producer resolves from these settings; MicroProfile Config drops empty values. */
    private static Helpline fromConfig(Map<String, String> settings) {
        return HelplineProducer.resolve(
                setting(settings, NUMBER),
                setting(settings, NAME),
                setting(settings, WHO_ANSWERS),
                setting(settings, HOURS));
    }

    private static Optional<String> setting(Map<String, String> settings, String name) {
        return Optional.ofNullable(settings.get(name)).filter(v -> !v.isEmpty());
    }

    @Test
    void samhsaTelLinkHasTheCountryCode() {
        assertThat(Helpline.SAMHSA.tel()).isEqualTo("tel:+18006624357");
    }

    @Test
    void samhsaLineSaysWhoAnswers() {
        assertThat(Helpline.SAMHSA.number()).isEqualTo("1-800-662-4357");
        assertThat(Helpline.SAMHSA.whoAnswers()).isNotBlank().contains("SAMHSA");
    }

    @Test
    void aTenDigitNumberGetsTheUsCountryCode() {
        Helpline line = new Helpline("Line", "(614) 555-0123", "Answered by us.", "");

        assertThat(line.tel()).isEqualTo("tel:+16145550123");
    }

    @Test
    void nothingConfiguredShowsSamhsa() {
        assertThat(fromConfig(Map.of())).isSameAs(Helpline.SAMHSA);
    }

    @Test
    void aFullyConfiguredLineIsShown() {
        Map<String, String> config =
                Map.of(
                        NUMBER, "1-614-555-0123",
                        NAME, "Ohio CareLine",
                        WHO_ANSWERS, "Answered by the Ohio Department of Mental Health.",
                        HOURS, "24/7");

        Helpline line = fromConfig(config);

        assertThat(line)
                .isEqualTo(
                        new Helpline(
                                "Ohio CareLine",
                                "1-614-555-0123",
                                "Answered by the Ohio Department of Mental Health.",
                                "24/7"));
        assertThat(line.tel()).isEqualTo("tel:+16145550123");
    }

    @Test
    void hoursAreOptional() {
        Map<String, String> config =
                Map.of(
                        NUMBER, "614-555-0123",
                        NAME, "Ohio CareLine",
                        WHO_ANSWERS, "Answered by the Ohio Department of Mental Health.");

        Helpline line = fromConfig(config);

        assertThat(line.number()).isEqualTo("614-555-0123");
        assertThat(line.whoAnswers())
                .isEqualTo("Answered by the Ohio Department of Mental Health.");
        assertThat(line.hours()).isEmpty();
    }

    // A line without its disclosure is what the directory must never show: SAMHSA's instead.
    static Stream<Map<String, String>> linesWithoutDisclosure() {
        return Stream.of(
                Map.of(NUMBER, "614-555-0123"),
                Map.of(NUMBER, "614-555-0123", NAME, "Ohio CareLine"),
                Map.of(NUMBER, "614-555-0123", NAME, "Ohio CareLine", WHO_ANSWERS, ""),
                Map.of(NUMBER, "614-555-0123", NAME, "Ohio CareLine", WHO_ANSWERS, "   "),
                Map.of(NUMBER, "614-555-0123", NAME, " ", WHO_ANSWERS, "Answered by us."),
                Map.of(NUMBER, "614-555-0123", WHO_ANSWERS, "Answered by us.", HOURS, "24/7"));
    }

    @ParameterizedTest
    @MethodSource("linesWithoutDisclosure")
    void aLineWithoutNameOrWhoAnswersFallsBackToSamhsa(Map<String, String> config) {
        assertThat(fromConfig(config)).isSameAs(Helpline.SAMHSA);
    }

    @Test
    void disclosureWithoutANumberStillShowsSamhsa() {
        Map<String, String> config = Map.of(NAME, "Ohio CareLine", WHO_ANSWERS, "Answered by us.");

        assertThat(fromConfig(config)).isSameAs(Helpline.SAMHSA);
    }
}
