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

/** The pages' strings exist in both languages, and the pages name only keys that exist. */
class MessagesTest {

    private static final Pattern KEY_USE = Pattern.compile("msg\\['([^']+)'\\]");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                MessagesTest.class.getResourceAsStream(
                        "/org/opentreatment/directory/web/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndSpanishHaveTheSameKeysAndNoEmptyValue() throws IOException {
        Properties english = bundle("messages");
        Properties spanish = bundle("messages_es");
        assertThat(spanish.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(spanish.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> keys = bundle("messages").stringPropertyNames();
        Set<String> used;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            used =
                    pages.filter(p -> p.toString().endsWith(".xhtml"))
                            .flatMap(MessagesTest::keysUsed)
                            .collect(Collectors.toSet());
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    private static Stream<String> keysUsed(Path page) {
        try {
            return KEY_USE.matcher(Files.readString(page)).results().map(m -> m.group(1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
