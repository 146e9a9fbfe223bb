package org.opentreatment.directory.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The synonym rules of {@code synonyms.txt} (Solr format), the one list both backends use: Lucene
 * reads the file itself, OpenSearch receives its rules inline in the index settings.
 */
public final class SynonymRules {

    static final String RESOURCE = "org/opentreatment/directory/analysis/synonyms.txt";

    private SynonymRules() {}

    /** The rules of the file, one per line, without comments and blank lines. */
    public static List<String> load() {
        try (InputStream in = SynonymRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
