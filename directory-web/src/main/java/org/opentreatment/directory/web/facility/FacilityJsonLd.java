package org.opentreatment.directory.web.facility;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.OpeningHours;

/**
 * A facility as schema.org's {@code MedicalClinic} in JSON-LD, for the page's {@code <script
 * type="application/ld+json">}: name, the facility's own phone, address, coordinates and opening
 * hours, so that search engines and assistants show the same phone and hours as the page.
 */
public final class FacilityJsonLd {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private FacilityJsonLd() {}

    /**
     * The JSON text, safe to write unescaped inside a {@code <script>} element: every {@code <},
     * {@code >} and {@code &} (which JSON allows only inside strings) is written as a Unicode
     * escape, so no listing's text can close the element.
     */
    public static String of(Facility f) {
        JsonObjectBuilder clinic =
                JSON.createObjectBuilder()
                        .add("@context", "https://schema.org")
                        .add("@type", "MedicalClinic")
                        .add("name", f.getName());
        if (f.getAlternateName() != null) {
            clinic.add("alternateName", f.getAlternateName());
        }
        clinic.add("telephone", f.getPhone());
        Address a = f.getAddress();
        clinic.add(
                "address",
                JSON.createObjectBuilder()
                        .add("@type", "PostalAddress")
                        .add(
                                "streetAddress",
                                a.getStreet2() == null
                                        ? a.getStreet1()
                                        : a.getStreet1() + ", " + a.getStreet2())
                        .add("addressLocality", a.getCity())
                        .add("addressRegion", a.getState())
                        .add("postalCode", a.getZip())
                        .add("addressCountry", "US"));
        clinic.add(
                "geo",
                JSON.createObjectBuilder()
                        .add("@type", "GeoCoordinates")
                        .add("latitude", f.getLatitude())
                        .add("longitude", f.getLongitude()));
        if (f.getOpeningHours() != null) {
            clinic.add("openingHoursSpecification", hours(f.getOpeningHours()));
        }
        clinic.add("isAcceptingNewPatients", f.isAcceptingNewPatients());
        if (f.getWebsite() != null) {
            clinic.add("sameAs", f.getWebsite());
        }
        return clinic.build()
                .toString()
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static JsonArrayBuilder hours(OpeningHours hours) {
        JsonArrayBuilder specifications = JSON.createArrayBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (OpeningHours.Interval interval : hours.on(day)) {
                specifications.add(
                        JSON.createObjectBuilder()
                                .add("@type", "OpeningHoursSpecification")
                                .add(
                                        "dayOfWeek",
                                        "https://schema.org/"
                                                + day.getDisplayName(
                                                        TextStyle.FULL, Locale.ENGLISH))
                                .add("opens", interval.opens().toString())
                                .add("closes", interval.closes().toString()));
            }
        }
        return specifications;
    }
}
