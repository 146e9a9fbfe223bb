package org.opentreatment.directory.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.OptionalLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.account.Role;
import org.opentreatment.directory.facility.ChangeSource;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.management.ListingChange.Kind;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Identities;

/**
 * A listing's history as a facility admin who keeps it sees it: every change, who made it and what
 * it changed, newest first; a revert recorded as a change of its own, in the database and the
 * index. Calls run as a signed-in account (an Elytron identity the EJBs see as their caller).
 */
@ExtendWith(ArquillianExtension.class)
class ListingHistoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainerWithIdentities(
                "listing-history-it", ListingHistoryIT.class, HistoryFixture.class);
    }

    @EJB HistoryFixture fixture;

    private final java.util.List<Long> made = new java.util.ArrayList<>();

    private long made(long listing) {
        made.add(listing);
        return listing;
    }

    /** The test's listings go again, so that other in-container tests never find them. */
    @org.junit.jupiter.api.AfterEach
    void removeListings() {
        made.forEach(fixture::remove);
    }

    @EJB ListingHistory history;

    @EJB ListingAccess access;

    @Test
    void everyChangeIsRecordedWithWhoAndWhatAndCanBeReverted() throws Exception {
        long listing = made(fixture.listing("Thistledown Recovery", "thistledown-recovery"));
        long keeper = fixture.facilityAdmin("keeper@example.org", "Kim Keeper", listing);
        Role admin = Role.FACILITY_ADMIN;

        // the identity reaches the EJBs' context
        assertThat(Identities.as(keeper, admin, () -> access.callerId())).hasValue(keeper);

        Identities.as(
                keeper,
                admin,
                () -> {
                    fixture.change(
                            listing,
                            f -> {
                                f.setName("Bramblewood Recovery");
                                f.setAcceptingNewPatients(false);
                            });
                    fixture.change(
                            listing,
                            f -> {
                                f.getMedications().add(Medication.METHADONE);
                                f.getAddress().setStreet2("Suite 9");
                            });
                    return null;
                });

        List<ListingChange> changes = Identities.as(keeper, admin, () -> history.history(listing));

        assertThat(changes).hasSize(3);
        assertThat(changes)
                .extracting(ListingChange::revision)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        ListingChange second = changes.get(0);
        ListingChange first = changes.get(1);
        ListingChange created = changes.get(2);
        assertThat(second.kind()).isEqualTo(Kind.CHANGED);
        assertThat(second.source()).isEqualTo(ChangeSource.EDITOR);
        assertThat(second.accountId()).isEqualTo(keeper);
        assertThat(second.accountName()).isEqualTo("Kim Keeper");
        assertThat(second.fields())
                .containsExactly(
                        new FieldChange(ListingField.STREET2, "", "Suite 9"),
                        new FieldChange(ListingField.MEDICATIONS, "BU", "MU;BU"));
        assertThat(first.kind()).isEqualTo(Kind.CHANGED);
        assertThat(first.fields())
                .containsExactly(
                        new FieldChange(
                                ListingField.NAME, "Thistledown Recovery", "Bramblewood Recovery"),
                        new FieldChange(ListingField.ACCEPTING_NEW_PATIENTS, "true", "false"));
        assertThat(created.kind()).isEqualTo(Kind.CREATED);
        // made outside any sign-in: the directory's own work, no account
        assertThat(created.source()).isEqualTo(ChangeSource.SYSTEM);
        assertThat(created.accountId()).isNull();
        assertThat(created.fields())
                .contains(new FieldChange(ListingField.NAME, "", "Thistledown Recovery"))
                .extracting(FieldChange::field)
                .doesNotContain(ListingField.SAMPLE, ListingField.STREET2);
        assertThat(second.at()).isAfterOrEqualTo(first.at());

        OptionalLong reverted =
                Identities.as(keeper, admin, () -> history.revert(listing, created.revision()));

        assertThat(reverted).isPresent();
        Facility now = fixture.find(listing);
        assertThat(now.getName()).isEqualTo("Thistledown Recovery");
        assertThat(now.isAcceptingNewPatients()).isTrue();
        assertThat(now.getAddress().getStreet2()).isNull();
        assertThat(now.getMedications()).containsExactly(Medication.BUPRENORPHINE);
        assertThat(fixture.searchNames("thistledown")).containsExactly(listing);
        assertThat(fixture.searchNames("bramblewood")).isEmpty();

        List<ListingChange> after = Identities.as(keeper, admin, () -> history.history(listing));
        assertThat(after).hasSize(4);
        ListingChange revert = after.get(0);
        assertThat(revert.revision()).isEqualTo(reverted.getAsLong());
        assertThat(revert.source()).isEqualTo(ChangeSource.REVERT);
        assertThat(revert.accountId()).isEqualTo(keeper);
        assertThat(revert.fields())
                .containsExactly(
                        new FieldChange(
                                ListingField.NAME, "Bramblewood Recovery", "Thistledown Recovery"),
                        new FieldChange(ListingField.STREET2, "Suite 9", ""),
                        new FieldChange(ListingField.ACCEPTING_NEW_PATIENTS, "false", "true"),
                        new FieldChange(ListingField.MEDICATIONS, "MU;BU", "BU"));

        // to where it is already: nothing to record
        assertThat(Identities.as(keeper, admin, () -> history.revert(listing, created.revision())))
                .isEmpty();
        assertThatThrownBy(
                        () ->
                                Identities.as(
                                        keeper,
                                        admin,
                                        () -> history.revert(listing, Long.MAX_VALUE)))
                .isInstanceOf(RevisionNotFound.class);
    }

    @Test
    void someoneWhoDoesNotKeepTheListingSeesAndRevertsNothing() throws Exception {
        long listing = made(fixture.listing("Thornbury Clinic", "thornbury-clinic"));
        long other = made(fixture.listing("Elsewhere Clinic", "elsewhere-clinic"));
        long stranger = fixture.facilityAdmin("stranger@example.org", "Sam Stranger", other);
        Role admin = Role.FACILITY_ADMIN;
        long revision =
                Identities.as(stranger, admin, () -> history.history(other)).get(0).revision();

        assertThatThrownBy(() -> Identities.as(stranger, admin, () -> history.history(listing)))
                .isInstanceOf(ListingAccessRefused.class);
        assertThatThrownBy(
                        () ->
                                Identities.as(
                                        stranger, admin, () -> history.revert(listing, revision)))
                .isInstanceOf(ListingAccessRefused.class);
        // nobody signed in
        assertThatThrownBy(() -> history.history(listing)).isInstanceOf(ListingAccessRefused.class);
        assertThat(fixture.find(listing).getName()).isEqualTo("Thornbury Clinic");
    }
}
