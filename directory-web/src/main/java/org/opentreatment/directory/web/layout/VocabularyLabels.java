package org.opentreatment.directory.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.opentreatment.directory.facility.SamhsaCoded;

/**
 * The vocabularies' labels in the page's language: {@code #{vocab.label(v)}}. English is each
 * value's own label; other languages come from the {@code vocabulary} bundle, keyed by the
 * vocabulary and the value's code ({@code Medication.BU}), so labels and codes cannot drift apart.
 */
@Named("vocab")
@ApplicationScoped
public class VocabularyLabels {

    static final String BUNDLE = "org.opentreatment.directory.web.vocabulary";

    // Only the bundle of the language asked for: never the JVM's default locale's.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The value's label in the language of the page being rendered. */
    public String label(SamhsaCoded value) {
        return label(value, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The labels of several values, in their order, joined with commas. */
    public String labels(Collection<? extends SamhsaCoded> values) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return String.join(", ", values.stream().map(v -> label(v, locale)).toList());
    }

    /** The value's label in this language; its own (English) label where none is translated. */
    public static String label(SamhsaCoded value, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        String key = key(value);
        return bundle.containsKey(key) ? bundle.getString(key) : value.label();
    }

    static String key(SamhsaCoded value) {
        return ((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.code();
    }

    static boolean translated(SamhsaCoded value, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).containsKey(key(value));
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
