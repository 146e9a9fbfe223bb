package org.opentreatment.directory.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker (the W3C's HTML validator), run in this JVM on a page's source: no network,
 * the schemas come with its jar.
 */
public final class HtmlChecker {

    private HtmlChecker() {}

    /**
     * The checker's errors on this HTML (warnings and notes left out), each as "line:column message
     * [extract]", or none.
     */
    public static List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report;
        try {
            report =
                    validator.validate(
                            new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        try (JsonReader reader = Json.createReader(new StringReader(report))) {
            return reader.readObject().getJsonArray("messages").stream()
                    .map(JsonObject.class::cast)
                    // "error", or "non-document-error" when the checker could not read the page
                    .filter(m -> m.getString("type", "").endsWith("error"))
                    .map(HtmlChecker::describe)
                    .toList();
        }
    }

    private static String describe(JsonObject message) {
        return message.getInt("lastLine", 0)
                + ":"
                + message.getInt("firstColumn", message.getInt("lastColumn", 0))
                + " "
                + message.getString("message", "")
                + " ["
                + message.getString("extract", "").strip()
                + "]";
    }
}
