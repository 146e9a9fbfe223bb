package org.opentreatment.directory.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.OpeningHours;
import org.opentreatment.directory.facility.TypeOfCare;

/** What an edit changed, what someone else changed meanwhile, and making one's changes again. */
class ListingDraftTest {

    private static Facility stored() {
        Facility f = new Facility();
        f.setName("Riverside Recovery");
        f.setAddress(new Address("100 Main Street", null, "Columbus", "OH", "43215", "Franklin"));
        f.setLatitude(39.9612);
        f.setLongitude(-82.9988);
        f.setPhone("614-555-0101");
        f.setWebsite("https://example.org/riverside");
        f.setLastVerified(LocalDate.of(2026, 3, 1));
        f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        f.getMedications().add(Medication.BUPRENORPHINE);
        return f;
    }

    private static ListingConflict savedMeanwhile(ListingDraft draft, Facility current) {
        Facility form = ListingDraft.form(current);
        return new ListingConflict(
                draft.id(), 8, form, ListingDraft.differences(draft.original(), form));
    }

    @Test
    void anUntouchedDraftChangesNothing() {
        ListingDraft draft = ListingDraft.of(1, 7, stored());
        assertThat(draft.changes()).isEmpty();
        assertThat(draft.version()).isEqualTo(7);
    }

    @Test
    void theChangesAreTheFieldsTheEditorChangedAndTextIsTidiedFirst() {
        ListingDraft draft = ListingDraft.of(1, 7, stored());
        draft.edited().setName("  Riverside Recovery ");
        draft.edited().setPhone("614-555-0199");
        draft.edited().getMedications().add(Medication.NALTREXONE);
        draft.edited().setWalkIn(true);
        draft.edited().setOpeningHours(OpeningHours.parse("MO 08:00-17:00"));
        draft.edited().setWebsite("  ");

        assertThat(draft.changes())
                .containsExactly(
                        ListingField.PHONE,
                        ListingField.WEBSITE,
                        ListingField.WALK_IN,
                        ListingField.OPENING_HOURS,
                        ListingField.MEDICATIONS);
    }

    @Test
    void theDraftNeverTouchesTheStoredListingOrItsOwnOriginal() {
        Facility stored = stored();
        ListingDraft draft = ListingDraft.of(1, 7, stored);
        draft.edited().getTypesOfCare().add(TypeOfCare.MENTAL_HEALTH);
        draft.edited().getAddress().setCity("Dublin");

        assertThat(stored.getTypesOfCare()).containsExactly(TypeOfCare.SUBSTANCE_USE);
        assertThat(draft.original().getTypesOfCare()).containsExactly(TypeOfCare.SUBSTANCE_USE);
        assertThat(draft.original().getAddress().getCity()).isEqualTo("Columbus");
    }

    @Test
    void coordinatesThatAreOnlyTheZipCodesCentreAreLeftEmptyAndUnchangedWhenLeftSo() {
        Facility approximate = stored();
        approximate.setLocationApproximate(true);
        ListingDraft draft = ListingDraft.of(1, 7, approximate);

        assertThat(draft.edited().getLatitude()).isNull();
        assertThat(draft.edited().getLongitude()).isNull();
        assertThat(draft.changes()).isEmpty();

        draft.edited().setLatitude(39.97);
        draft.edited().setLongitude(-83.0);
        assertThat(draft.changes()).containsExactly(ListingField.LATITUDE, ListingField.LONGITUDE);
    }

    @Test
    void whatTheDirectoryKeepsForItselfIsNoChangeOfTheEditors() {
        Facility other = stored();
        other.setSample(true);
        other.setLastVerified(LocalDate.of(2026, 4, 1));

        assertThat(ListingDraft.differences(ListingDraft.form(stored()), ListingDraft.form(other)))
                .isEmpty();
    }

    @Test
    void aConflictNamesTheFieldsTheOtherPersonChanged() {
        ListingDraft draft = ListingDraft.of(1, 7, stored());
        Facility current = stored();
        current.setPhone("614-555-0188");
        current.getTypesOfCare().add(TypeOfCare.MENTAL_HEALTH);

        assertThat(savedMeanwhile(draft, current).changedByOthers())
                .containsExactly(ListingField.PHONE, ListingField.TYPES_OF_CARE);
    }

    @Test
    void reapplyingKeepsTheOtherPersonsChangesAndMakesMineAgainOnTheirVersion() {
        ListingDraft draft = ListingDraft.of(1, 7, stored());
        draft.edited().setName("Riverside Recovery Center");
        draft.edited().setAcceptingNewPatients(false);
        Facility current = stored();
        current.setPhone("614-555-0188");
        current.getMedications().add(Medication.METHADONE);

        ListingDraft again = draft.reappliedOnto(savedMeanwhile(draft, current));

        assertThat(again.version()).isEqualTo(8);
        assertThat(again.id()).isEqualTo(1);
        assertThat(again.edited().getName()).isEqualTo("Riverside Recovery Center");
        assertThat(again.edited().isAcceptingNewPatients()).isFalse();
        assertThat(again.edited().getPhone()).isEqualTo("614-555-0188");
        assertThat(again.edited().getMedications())
                .containsExactlyInAnyOrder(Medication.BUPRENORPHINE, Medication.METHADONE);
        // against the other person's listing, what is left to save is exactly mine
        assertThat(again.changes())
                .containsExactly(ListingField.NAME, ListingField.ACCEPTING_NEW_PATIENTS);
        assertThat(again.original().getPhone()).isEqualTo("614-555-0188");
    }

    @Test
    void whereBothChangedTheSameFieldReapplyingTakesMineAndTheConflictShowedTheirs() {
        ListingDraft draft = ListingDraft.of(1, 7, stored());
        draft.edited().setPhone("614-555-0111");
        Facility current = stored();
        current.setPhone("614-555-0188");
        ListingConflict conflict = savedMeanwhile(draft, current);

        ListingDraft again = draft.reappliedOnto(conflict);

        assertThat(conflict.changedByOthers()).containsExactly(ListingField.PHONE);
        assertThat(conflict.current().getPhone()).isEqualTo("614-555-0188");
        assertThat(again.edited().getPhone()).isEqualTo("614-555-0111");
        assertThat(again.changes()).containsExactly(ListingField.PHONE);
    }

    @Test
    void aChangeTheOtherPersonAlsoMadeIsNoLongerAChange() {
        ListingDraft draft = ListingDraft.of(1, 7, stored());
        draft.edited().setWalkIn(true);
        Facility current = stored();
        current.setWalkIn(true);

        assertThat(draft.reappliedOnto(savedMeanwhile(draft, current)).changes()).isEmpty();
    }
}
