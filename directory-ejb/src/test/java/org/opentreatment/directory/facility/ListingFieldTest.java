package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The fields that export writes and import reads: one text form each, read back to the same value.
 */
class ListingFieldTest {

    private static Facility full() {
        Facility f = new Facility();
        f.setName("Riverside Recovery, \"Main\" site");
        f.setAlternateName("Riverside");
        f.setAddress(
                new Address("100 Main Street", "Suite 2", "Columbus", "OH", "43215", "Franklin"));
        f.setLatitude(39.9612);
        f.setLongitude(-82.9988);
        f.setLocationApproximate(true);
        f.setPhone("614-555-0101");
        f.setIntakePhone("614-555-0102 x12");
        f.setWebsite("https://example.org/riverside");
        f.setDescription("Line one;\nline two");
        f.setStatus(ListingStatus.TEMPORARILY_CLOSED);
        f.setAcceptingNewPatients(false);
        f.setWalkIn(true);
        f.setOpeningHours(OpeningHours.parse("MO 08:00-12:00,13:00-17:00;TU 08:00-17:00"));
        f.setLastVerified(LocalDate.of(2026, 3, 1));
        f.setOperation(FacilityOperation.values()[0]);
        f.setOpioidTreatmentProgram(true);
        f.getMedications().addAll(EnumSet.of(Medication.BUPRENORPHINE, Medication.METHADONE));
        f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        f.getLanguages().add(Language.values()[0]);
        return f;
    }

    @Test
    void everyFieldReadsBackWhatItWrote() {
        Facility source = full();
        Facility copy = new Facility();
        for (ListingField field : ListingField.values()) {
            field.parse(copy, field.format(source));
        }
        for (ListingField field : ListingField.values()) {
            assertThat(field.sameIn(source, copy)).as(field.column()).isTrue();
        }
    }

    @Test
    void vocabulariesAreCodesSeparatedBySemicolonsInVocabularyOrder() {
        assertThat(ListingField.MEDICATIONS.format(full())).isEqualTo("MU;BU");
        Facility f = new Facility();
        ListingField.MEDICATIONS.parse(f, " bu ; ;MU");
        assertThat(f.getMedications())
                .containsExactlyInAnyOrder(Medication.BUPRENORPHINE, Medication.METHADONE);
    }

    @Test
    void anEmptyTextIsTheFieldsEmptyValue() {
        Facility f = full();
        ListingField.WEBSITE.parse(f, " ");
        ListingField.MEDICATIONS.parse(f, "");
        ListingField.ACCEPTING_NEW_PATIENTS.parse(f, "");
        ListingField.WALK_IN.parse(f, "");
        assertThat(f.getWebsite()).isNull();
        assertThat(f.getMedications()).isEmpty();
        assertThat(f.isAcceptingNewPatients()).isTrue();
        assertThat(f.isWalkIn()).isFalse();
    }

    @Test
    void unreadableValuesSayWhy() {
        Facility f = new Facility();
        assertThatThrownBy(() -> ListingField.MEDICATIONS.parse(f, "BU;XX;YY"))
                .isInstanceOf(ListingField.InvalidFieldValue.class)
                .hasMessageContaining("Unknown code XX, YY")
                .hasMessageContaining("BU");
        assertThatThrownBy(() -> ListingField.LATITUDE.parse(f, "north"))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> ListingField.LATITUDE.parse(f, "NaN"))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> ListingField.WALK_IN.parse(f, "sometimes"))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> ListingField.LAST_VERIFIED.parse(f, "1/3/2026"))
                .hasMessageContaining("year-month-day");
        assertThatThrownBy(() -> ListingField.STATUS.parse(f, "open"))
                .hasMessageContaining("Unknown code open");
    }

    @Test
    void copyChangedCopiesOnlyTheGivenFieldsAndSaysWhetherAnythingChanged() {
        Facility source = full();
        Facility target = full();
        assertThat(ListingField.copyChanged(ListingField.all(), source, target)).isFalse();

        source.setPhone("614-555-0199");
        source.setDescription("changed");
        assertThat(ListingField.copyChanged(EnumSet.of(ListingField.PHONE), source, target))
                .isTrue();
        assertThat(target.getPhone()).isEqualTo("614-555-0199");
        assertThat(target.getDescription()).isEqualTo("Line one;\nline two");
    }

    @Test
    void columnsAreFoundByNameIgnoringCase() {
        assertThat(ListingField.ofColumn(" Types_Of_Care ")).contains(ListingField.TYPES_OF_CARE);
        assertThat(ListingField.ofColumn("favourite_colour")).isEmpty();
    }
}
