package org.opentreatment.directory.web.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.SamhsaCodes;

class HsdsTaxonomyTest {

    @Test
    void everyVocabularyButTheStatusIsAGroupOfTheTaxonomy() {
        assertThat(HsdsTaxonomy.GROUPS)
                .extracting(HsdsTaxonomy.Group::vocabulary)
                .containsExactlyInAnyOrderElementsOf(
                        SamhsaCodes.VOCABULARIES.stream()
                                .filter(v -> v != ListingStatus.class)
                                .toList());
    }

    @Test
    void termIdsAreNameBasedOnGroupAndCode() {
        HsdsTaxonomy.Term bu =
                HsdsTaxonomy.term(
                                HsdsTaxonomy.termId("medication", Medication.BUPRENORPHINE.code()))
                        .orElseThrow();
        assertThat(bu.id())
                .isEqualTo(
                        UUID.nameUUIDFromBytes("opentreatment-hsds:term:medication:BU".getBytes()));
        assertThat(bu.parentId()).isEqualTo(HsdsTaxonomy.groupId("medication"));
        assertThat(bu.name()).isEqualTo(Medication.BUPRENORPHINE.label());
    }

    @Test
    void aDerivedIdLeadsBackToItsListingAndKeepsTheVersion() {
        UUID listing = UUID.randomUUID();
        UUID organization = HsdsIds.organization(listing);

        assertThat(organization).isNotEqualTo(listing).isNotEqualTo(HsdsIds.location(listing));
        assertThat(organization.version()).isEqualTo(4);
        assertThat(organization.variant()).isEqualTo(2);
        assertThat(HsdsIds.listingOf(organization, "organization")).isEqualTo(listing);
        assertThat(HsdsIds.organization(listing)).isEqualTo(organization);
    }

    @Test
    void onlyCanonicalUuidsAreIds() {
        assertThat(HsdsIds.parse("1-2-3-4-5")).isEmpty();
        assertThat(HsdsIds.parse(null)).isEmpty();
        assertThat(HsdsIds.parse("6f1d2c3b-0000-4000-8000-000000000000")).isPresent();
    }
}
