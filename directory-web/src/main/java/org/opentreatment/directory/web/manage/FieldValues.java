package org.opentreatment.directory.web.manage;

import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.OpeningHours;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.web.facility.WeekHours;
import org.opentreatment.directory.web.layout.VocabularyLabels;

/**
 * A field's value as a person reads it, in the page's language: vocabularies by their labels, yes
 * or no, hours by day. For telling an editor what someone else saved.
 */
final class FieldValues {

    static final String BUNDLE = "org.opentreatment.directory.web.messages";

    // The bundle of the language asked for, else the English base: never the JVM's own language.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private FieldValues() {}

    static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    static String text(ListingField field, Facility listing, Locale locale) {
        ResourceBundle msg = messages(locale);
        Object value = field.get(listing);
        if (value == null
                || (value instanceof Collection<?> values && values.isEmpty())
                || "".equals(value)) {
            return msg.getString("manage.value.empty");
        }
        if (value instanceof Boolean yes) {
            return msg.getString(yes ? "manage.value.yes" : "manage.value.no");
        }
        if (value instanceof SamhsaCoded coded) {
            return VocabularyLabels.label(coded, locale);
        }
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .map(v -> VocabularyLabels.label((SamhsaCoded) v, locale))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof OpeningHours hours) {
            return WeekHours.rows(
                            hours,
                            locale,
                            new WeekHours.Words(
                                    msg.getString("facility.hours.closed"),
                                    msg.getString("facility.hours.allDay")))
                    .stream()
                    .map(row -> row.day() + ": " + row.hours())
                    .collect(Collectors.joining("; "));
        }
        return field.format(listing);
    }
}
