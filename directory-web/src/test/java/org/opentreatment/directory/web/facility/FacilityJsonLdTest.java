package org.opentreatment.directory.web.facility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.OpeningHours;

class FacilityJsonLdTest {

    private static Facility facility() {
        Facility f = new Facility();
        f.setName("Harbor Recovery Center");
        f.setPhone("614-555-0123");
        f.setAddress(new Address("100 Main Street", "Suite 2", "Columbus", "OH", "43215", null));
        f.setLatitude(39.96);
        f.setLongitude(-83.0);
        f.setOpeningHours(OpeningHours.parse("MO 08:00-12:00,13:00-17:00;SA 09:00-11:00"));
        return f;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void aMedicalClinicWithPhoneAddressGeoAndHours() {
        JsonObject clinic = parse(FacilityJsonLd.of(facility()));

        assertThat(clinic.getString("@context")).isEqualTo("https://schema.org");
        assertThat(clinic.getString("@type")).isEqualTo("MedicalClinic");
        assertThat(clinic.getString("telephone")).isEqualTo("614-555-0123");
        assertThat(clinic.getJsonObject("address").getString("streetAddress"))
                .isEqualTo("100 Main Street, Suite 2");
        assertThat(clinic.getJsonObject("address").getString("postalCode")).isEqualTo("43215");
        assertThat(clinic.getJsonObject("geo").getJsonNumber("latitude").doubleValue())
                .isEqualTo(39.96);
        assertThat(clinic.getJsonArray("openingHoursSpecification"))
                .hasSize(3)
                .extracting(v -> v.asJsonObject().getString("dayOfWeek"))
                .containsExactly(
                        "https://schema.org/Monday",
                        "https://schema.org/Monday",
                        "https://schema.org/Saturday");
        assertThat(
                        clinic.getJsonArray("openingHoursSpecification")
                                .getJsonObject(1)
                                .getString("opens"))
                .isEqualTo("13:00");
    }

    @Test
    void noListingTextCanCloseTheScriptElement() {
        Facility f = facility();
        f.setName("A </script><script>alert(1)</script> & Co");
        f.setOpeningHours(null);

        String json = FacilityJsonLd.of(f);

        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(parse(json).getString("name")).isEqualTo(f.getName());
        assertThat(parse(json).containsKey("openingHoursSpecification")).isFalse();
    }
}
