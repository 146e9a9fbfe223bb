package org.opentreatment.directory.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                TextTest.class.getResourceAsStream(
                        "/org/opentreatment/directory/shared/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndSpanishSayTheSameThings() throws IOException {
        assertThat(bundle("texts_es").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("texts").stringPropertyNames());
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() {
        Text window = Text.of("search.resultWindow", 10_000);

        assertThat(window.english()).contains("10,000");
        assertThat(window.in(new Locale("es"))).contains("10.000");
    }

    @Test
    void aLanguageWithoutTextsGetsEnglishNotTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(new Locale("es"));
        try {
            assertThat(Text.of("place.empty").in(Locale.GERMAN))
                    .isEqualTo("Type a ZIP code or a city and state.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
