package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codes the database holds change only on purpose: stored-codes.txt lists every one, so that
 * changing a code means changing that file too, which says why a migration must come with it.
 */
class StoredCodesTest {

    private static final Map<String, String> STORED = read("stored-codes.txt");

    @ParameterizedTest
    @MethodSource("org.opentreatment.directory.facility.VocabularyTest#vocabularies")
    void everyConstantKeepsTheCodeTheDatabaseHolds(Class<? extends SamhsaCoded> type) {
        String prefix = type.getSimpleName() + ".";
        Map<String, String> codes =
                VocabularyTest.constants(type).stream()
                        .collect(
                                Collectors.toMap(
                                        c -> prefix + ((Enum<?>) c).name(), SamhsaCoded::code));

        assertThat(codes)
                .as("codes of %s against stored-codes.txt", type.getSimpleName())
                .containsExactlyInAnyOrderEntriesOf(
                        STORED.entrySet().stream()
                                .filter(line -> line.getKey().startsWith(prefix))
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void theListNamesOnlyVocabulariesThatExist() {
        // A misspelt vocabulary would leave its lines unchecked.
        assertThat(STORED.keySet())
                .isNotEmpty()
                .allSatisfy(
                        key ->
                                assertThat(key.substring(0, key.indexOf('.')))
                                        .isIn(
                                                SamhsaCodes.VOCABULARIES.stream()
                                                        .map(Class::getSimpleName)
                                                        .toList()));
    }

    private static Map<String, String> read(String name) {
        InputStream in = StoredCodesTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        Map<String, String> stored = new LinkedHashMap<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] keyAndCode = line.split("=", 2);
                assertThat(keyAndCode).as(line).hasSize(2);
                String key = keyAndCode[0].strip();
                assertThat(stored.put(key, keyAndCode[1].strip())).as("%s twice", key).isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }
}
