package org.opentreatment.directory.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages' strings exist in both languages, and the pages name only keys that exist: the site's
 * bundle ({@code msg}) and the explainers' ({@code learn}).
 */
class MessagesTest {

    private static final Pattern KEY_USE = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern EXPLAINER_KEY_USE = Pattern.compile("learn\\['([^']+)'\\]");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                MessagesTest.class.getResourceAsStream(
                        "/org/opentreatment/directory/web/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "explainers"})
    void englishAndSpanishHaveTheSameKeysAndNoEmptyValue(String name) throws IOException {
        Properties english = bundle(name);
        Properties spanish = bundle(name + "_es");
        assertThat(english).isNotEmpty();
        assertThat(spanish.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(spanish.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> used = keysUsedInPages(KEY_USE);
        assertThat(used).isNotEmpty();
        assertThat(bundle("messages").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyExplainerKeyThePagesNameExistsAndEveryExplainerTextIsShown() throws IOException {
        Set<String> used = keysUsedInPages(EXPLAINER_KEY_USE);
        Set<String> keys = bundle("explainers").stringPropertyNames();
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
        // A text written (and translated) but shown nowhere is a page someone forgot to finish.
        assertThat(used).containsAll(keys);
    }

    @Test
    void theExplainersHoldNoMarkup() throws IOException {
        // The pages escape these texts: markup would show as text, so paragraphs are separate keys.
        for (String name : new String[] {"explainers", "explainers_es"}) {
            assertThat(bundle(name).values())
                    .as(name)
                    .allSatisfy(v -> assertThat(v.toString()).doesNotContain("<", ">"));
        }
    }

    private static Set<String> keysUsedInPages(Pattern use) throws IOException {
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            return pages.filter(p -> p.toString().endsWith(".xhtml"))
                    .flatMap(p -> keysUsed(p, use))
                    .collect(Collectors.toSet());
        }
    }

    private static Stream<String> keysUsed(Path page, Pattern use) {
        try {
            return use.matcher(Files.readString(page)).results().map(m -> m.group(1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
