package org.opentreatment.directory.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HelplineTest {

    private static final String NUMBER = "directory.helpline.number";
    private static final String NAME = "directory.helpline.name";
    private static final String WHO_ANSWERS = "directory.helpline.who-answers";
    private static final String HOURS = "directory.helpline.hours";

    /**
     * Configuration from a map. As MicroProfile Config specifies, an empty value counts as not set.
     */
    private record MapConfig(Map<String, String> values) implements Config {

        @Override
        public <T> Optional<T> getOptionalValue(String propertyName, Class<T> propertyType) {
            if (propertyType != String.class) {
                throw new UnsupportedOperationException("only String values in this test");
            }
            return Optional.ofNullable(values.get(propertyName))
                    .filter(v -> !v.isEmpty())
                    .map(propertyType::cast);
        }

        @Override
        public <T> T getValue(String propertyName, Class<T> propertyType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConfigValue getConfigValue(String propertyName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
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
        assertThat(HelplineProducer.fromConfig(new MapConfig(Map.of()))).isSameAs(Helpline.SAMHSA);
    }

    @Test
    void aFullyConfiguredLineIsShown() {
        Map<String, String> config =
                Map.of(
                        NUMBER, "1-614-555-0123",
                        NAME, "Ohio CareLine",
                        WHO_ANSWERS, "Answered by the Ohio Department of Mental Health.",
                        HOURS, "24/7");

        Helpline line = HelplineProducer.fromConfig(new MapConfig(config));

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

        Helpline line = HelplineProducer.fromConfig(new MapConfig(config));

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
        assertThat(HelplineProducer.fromConfig(new MapConfig(config))).isSameAs(Helpline.SAMHSA);
    }

    @Test
    void disclosureWithoutANumberStillShowsSamhsa() {
        Map<String, String> config = Map.of(NAME, "Ohio CareLine", WHO_ANSWERS, "Answered by us.");

        assertThat(HelplineProducer.fromConfig(new MapConfig(config))).isSameAs(Helpline.SAMHSA);
    }
}
