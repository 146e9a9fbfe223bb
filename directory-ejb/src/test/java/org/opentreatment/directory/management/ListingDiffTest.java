package org.opentreatment.directory.management;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.TypeOfCare;

/** What the history shows as changed between two states of a listing. */
class ListingDiffTest {

    private static Facility listing() {
        Facility f = new Facility();
        f.setName("Riverside Recovery");
        f.setSlug("riverside-recovery");
        f.setAddress(new Address("100 Main Street", null, "Columbus", "OH", "43215", null));
        f.setLatitude(39.9612);
        f.setLongitude(-82.9988);
        f.setPhone("614-555-0101");
        f.setLastVerified(LocalDate.of(2026, 3, 1));
        f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        f.getMedications().add(Medication.BUPRENORPHINE);
        return f;
    }

    @Test
    void aNewListingShowsEveryFieldWithAValueAsNewInFieldOrder() {
        List<FieldChange> changes = ListingDiff.between(null, listing());

        assertThat(changes)
                .extracting(FieldChange::field)
                .containsExactly(
                        ListingField.NAME,
                        ListingField.STREET1,
                        ListingField.CITY,
                        ListingField.STATE,
                        ListingField.ZIP,
                        ListingField.LATITUDE,
                        ListingField.LONGITUDE,
                        ListingField.LOCATION_APPROXIMATE,
                        ListingField.PHONE,
                        ListingField.STATUS,
                        ListingField.ACCEPTING_NEW_PATIENTS,
                        ListingField.WALK_IN,
                        ListingField.LAST_VERIFIED,
                        ListingField.OTP,
                        ListingField.ACCEPTS_PRESCRIBED_MEDICATION,
                        ListingField.TYPES_OF_CARE,
                        ListingField.MEDICATIONS);
        assertThat(changes).allMatch(change -> change.before().isEmpty());
        assertThat(changes.get(0).after()).isEqualTo("Riverside Recovery");
        assertThat(changes).extracting(FieldChange::after).contains("false", "BU", "2026-03-01");
    }

    @Test
    void onlyChangedFieldsWithTheirTextBeforeAndAfter() {
        Facility before = listing();
        Facility after = listing();
        after.setName("Riverside Recovery Center");
        after.getMedications().add(Medication.METHADONE);
        after.setAcceptingNewPatients(false);
        after.getAddress().setStreet2("Suite 2");

        assertThat(ListingDiff.between(before, after))
                .containsExactly(
                        new FieldChange(
                                ListingField.NAME,
                                "Riverside Recovery",
                                "Riverside Recovery Center"),
                        new FieldChange(ListingField.STREET2, "", "Suite 2"),
                        new FieldChange(ListingField.ACCEPTING_NEW_PATIENTS, "true", "false"),
                        new FieldChange(ListingField.MEDICATIONS, "BU", "MU;BU"));
    }

    @Test
    void aValueRemovedIsChangedToEmpty() {
        Facility before = listing();
        Facility after = listing();
        after.getMedications().clear();
        after.setLastVerified(null);

        assertThat(ListingDiff.between(before, after))
                .containsExactly(
                        new FieldChange(ListingField.LAST_VERIFIED, "2026-03-01", ""),
                        new FieldChange(ListingField.MEDICATIONS, "BU", ""));
    }

    @Test
    void theSameValuesInAnotherKindOfSetAreNoChange() {
        Facility before = listing();
        Facility after = listing();
        Set<TypeOfCare> same = new HashSet<>(after.getTypesOfCare());
        after.getTypesOfCare().clear();
        after.getTypesOfCare().addAll(same);

        assertThat(ListingDiff.between(before, after)).isEmpty();
    }

    @Test
    void theSampleFlagAndWhatTheDirectoryKeepsForItselfAreNotChanges() {
        Facility before = listing();
        Facility after = listing();
        after.setSample(true);
        after.setSlug("another-slug");
        after.setExternalReference("findtreatment", "123");

        assertThat(ListingDiff.between(before, after)).isEmpty();
        assertThat(ListingDiff.between(null, after))
                .extracting(FieldChange::field)
                .doesNotContain(ListingField.SAMPLE);
    }

    /** The fields compared and reverted are exactly the columns Envers records. */
    @Test
    void theRecordedFieldsAreTheAuditedColumns() {
        Set<String> audited =
                Stream.concat(
                                Arrays.stream(Facility.class.getDeclaredFields()),
                                Arrays.stream(Address.class.getDeclaredFields()))
                        .filter(f -> f.isAnnotationPresent(Column.class))
                        .filter(f -> !f.isAnnotationPresent(NotAudited.class))
                        .map(ListingDiffTest::column)
                        .collect(Collectors.toSet());

        assertThat(recordedColumns()).isEqualTo(audited);
    }

    /** The migration's audit table has a column for each recorded field, on both databases. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theAuditTableHasAColumnPerRecordedField(String vendor) throws IOException {
        String sql;
        try (InputStream in =
                getClass()
                        .getResourceAsStream("/db/vendor/" + vendor + "/V9__listing_history.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String table =
                sql.substring(
                        sql.indexOf("create table facility_aud ("),
                        sql.indexOf("constraint pk_facility_aud"));
        Set<String> columns = new HashSet<>();
        Matcher column = Pattern.compile("(?m)^\\s+([a-z_0-9]+)\\s+\\w").matcher(table);
        while (column.find()) {
            columns.add(column.group(1));
        }
        columns.removeAll(Set.of("id", "rev", "revtype"));

        assertThat(columns).isEqualTo(recordedColumns());
    }

    private static Set<String> recordedColumns() {
        return ListingDiff.RECORDED.stream().map(ListingField::column).collect(Collectors.toSet());
    }

    private static String column(Field field) {
        return field.getAnnotation(Column.class).name();
    }
}
