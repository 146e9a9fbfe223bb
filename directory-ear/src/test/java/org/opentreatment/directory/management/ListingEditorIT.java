package org.opentreatment.directory.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.account.Role;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityOperation;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.facility.TypeOfCare;
import org.opentreatment.directory.search.FacilityHit;
import org.opentreatment.directory.search.FacilitySearch;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Identities;

/**
 * The listing editor as a facility admin bound to one listing (A) and not to another (B): inside
 * WildFly, with the real database, index, listing rules and the caller as the services see it.
 */
@ExtendWith(ArquillianExtension.class)
class ListingEditorIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainerWithIdentities(
                "listing-editor-it", ListingEditorIT.class, EditorFixtures.class);
    }

    @EJB ListingEditor editor;
    @EJB EditorFixtures fixtures;
    @EJB FacilitySearch search;

    long listingA;
    long listingB;
    long admin;

    @org.junit.jupiter.api.AfterEach
    void removeListings() {
        fixtures.remove(listingA, listingB);
    }

    @BeforeEach
    void listingsAndAnAdminOfA() {
        listingA = fixtures.listing("Quillfeather Recovery");
        listingB = fixtures.listing("Someone Else's Clinic");
        admin = fixtures.account(Role.FACILITY_ADMIN, listingA);
    }

    @Test
    void aSavedEditIsStoredAndFoundBySearchRightAway() throws Exception {
        ListingDraft saved =
                Identities.as(
                        admin,
                        Role.FACILITY_ADMIN,
                        () -> {
                            ListingDraft draft = editor.load(listingA);
                            assertThat(draft.edited().getName()).isEqualTo("Quillfeather Recovery");
                            draft.edited().setName("Marigoldvale Recovery");
                            draft.edited().setWalkIn(true);
                            draft.edited().getTypesOfCare().add(TypeOfCare.MENTAL_HEALTH);
                            return editor.save(draft);
                        });

        assertThat(saved.changes()).isEmpty();
        Facility stored = fixtures.stored(listingA);
        assertThat(stored.getName()).isEqualTo("Marigoldvale Recovery");
        assertThat(stored.isWalkIn()).isTrue();
        assertThat(stored.getPhone()).isEqualTo("614-555-0100");
        assertThat(saved.version()).isEqualTo(stored.getVersion());
        assertThat(search.search(SearchQuery.builder().keywords("marigoldvale").build()).hits())
                .extracting(FacilityHit::id)
                .containsExactly(listingA);
        // the old name no longer finds it (other tests' listings still have that name)
        assertThat(search.search(SearchQuery.builder().keywords("quillfeather").build()).hits())
                .extracting(FacilityHit::id)
                .doesNotContain(listingA);
    }

    @Test
    void anotherListingCanBeNeitherLoadedNorSaved() throws Exception {
        Identities.as(
                admin,
                Role.FACILITY_ADMIN,
                () -> {
                    assertThatThrownBy(() -> editor.load(listingB))
                            .isInstanceOf(ListingAccessRefused.class);
                    // a draft of A passed off as B's
                    ListingDraft forged = forgedAs(editor.load(listingA), listingB);
                    assertThatThrownBy(() -> editor.save(forged))
                            .isInstanceOf(ListingAccessRefused.class);
                    assertThatThrownBy(() -> editor.lookup("Clinic"))
                            .isInstanceOf(AccessRefused.class);
                    assertThat(editor.mine())
                            .extracting(OwnListing::getId)
                            .containsExactly(listingA);
                });
        assertThatThrownBy(() -> editor.load(listingA)).isInstanceOf(ListingAccessRefused.class);
        assertThat(fixtures.stored(listingB).getName()).isEqualTo("Someone Else's Clinic");
    }

    @Test
    void aSiteAdminMayEditAnyListingAndLookItUp() throws Exception {
        long siteAdmin = fixtures.account(Role.SITE_ADMIN);
        Identities.as(
                siteAdmin,
                Role.SITE_ADMIN,
                () -> {
                    assertThat(editor.lookup(Long.toString(listingB)))
                            .extracting(OwnListing::getName)
                            .containsExactly("Someone Else's Clinic");
                    ListingDraft draft = editor.load(listingB);
                    draft.edited().setOperation(FacilityOperation.values()[0]);
                    editor.save(draft);
                });
        assertThat(fixtures.stored(listingB).getOperation())
                .isEqualTo(FacilityOperation.values()[0]);
    }

    @Test
    void aStaleSaveNamesWhatTheOtherPersonChangedAndReapplyingKeepsBoth() throws Exception {
        Identities.as(
                admin,
                Role.FACILITY_ADMIN,
                () -> {
                    ListingDraft mine = editor.load(listingA);
                    mine.edited().setDescription("Evening groups on Tuesdays.");
                    mine.edited().setAcceptingNewPatients(false);

                    fixtures.change(
                            listingA,
                            f -> {
                                f.setPhone("614-555-0177");
                                f.getTypesOfCare().add(TypeOfCare.MENTAL_HEALTH);
                            });

                    ListingConflict conflict = catchConflict(() -> editor.save(mine));
                    assertThat(conflict.changedByOthers())
                            .containsExactly(ListingField.PHONE, ListingField.TYPES_OF_CARE);
                    assertThat(conflict.current().getPhone()).isEqualTo("614-555-0177");
                    // nothing of mine was saved
                    assertThat(fixtures.stored(listingA).getDescription()).isNull();

                    editor.save(mine.reappliedOnto(conflict));
                });
        Facility stored = fixtures.stored(listingA);
        assertThat(stored.getDescription()).isEqualTo("Evening groups on Tuesdays.");
        assertThat(stored.isAcceptingNewPatients()).isFalse();
        assertThat(stored.getPhone()).isEqualTo("614-555-0177");
        assertThat(stored.getTypesOfCare())
                .containsExactlyInAnyOrder(TypeOfCare.SUBSTANCE_USE, TypeOfCare.MENTAL_HEALTH);
    }

    @Test
    void problemsComeBackPerFieldAndNothingIsSaved() throws Exception {
        Identities.as(
                admin,
                Role.FACILITY_ADMIN,
                () -> {
                    ListingDraft draft = editor.load(listingA);
                    draft.edited().setName("Renamed Though Rejected");
                    draft.edited().getAddress().setZip("00000");
                    draft.edited().getTypesOfCare().clear();
                    draft.edited().setPhone("not a phone");

                    assertThatThrownBy(() -> editor.save(draft))
                            .isInstanceOfSatisfying(
                                    ListingRejected.class,
                                    rejected ->
                                            assertThat(rejected.problems())
                                                    .extracting(ListingProblem::field)
                                                    .containsExactlyInAnyOrder(
                                                            "zip", "types_of_care", "phone"));
                });
        Facility stored = fixtures.stored(listingA);
        assertThat(stored.getName()).isEqualTo("Quillfeather Recovery");
        assertThat(stored.getAddress().getZip()).isEqualTo("43215");
        assertThat(stored.getTypesOfCare()).containsExactly(TypeOfCare.SUBSTANCE_USE);
    }

    @Test
    void withoutCoordinatesTheListingGetsItsZipCodesCentreMarkedApproximate() throws Exception {
        Identities.as(
                admin,
                Role.FACILITY_ADMIN,
                () -> {
                    ListingDraft draft = editor.load(listingA);
                    draft.edited().setLatitude(null);
                    draft.edited().setLongitude(null);
                    draft.edited().getAddress().setCity("Dublin");
                    draft.edited().getAddress().setZip("43017");
                    editor.save(draft);
                });
        Facility stored = fixtures.stored(listingA);
        assertThat(stored.isLocationApproximate()).isTrue();
        assertThat(stored.getLatitude()).isNotNull().isNotEqualTo(39.9612);
    }

    // The page keeps drafts on the server, but a service trusts no id it is given
    private static ListingDraft forgedAs(ListingDraft draft, long otherId) {
        return ListingDraft.of(otherId, draft.version(), draft.edited());
    }

    private static ListingConflict catchConflict(Runnable save) {
        try {
            save.run();
        } catch (ListingConflict conflict) {
            return conflict;
        }
        throw new AssertionError("the stale save was not refused");
    }
}
