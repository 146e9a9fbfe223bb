package org.opentreatment.directory.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something said to a person (what is wrong with what they asked, and what to do instead), as a key
 * of the {@code texts} bundle and its arguments, so that the page says it in the page's language
 * and the API in English. The arguments are what the person typed, quoted back, or numbers, which
 * each language formats its own way.
 */
public record Text(String key, List<Object> arguments) implements Serializable {

    static final String BUNDLE = "org.opentreatment.directory.shared.texts";

    // The bundle of the language asked for, else the English base: never the JVM's own language.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Text {
        arguments = List.copyOf(arguments);
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, List.of(arguments));
    }

    /** The text in this language (English where the language has no bundle). */
    public String in(Locale locale) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    /** The text in English, as the API gives it. */
    public String english() {
        return in(Locale.ENGLISH);
    }
}
