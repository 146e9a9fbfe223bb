package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListingStatusTest {

    @Test
    void codesAreTheOpenReferralServiceStatuses() {
        assertThat(Arrays.stream(ListingStatus.values()).map(ListingStatus::code))
                .containsExactly("active", "inactive", "temporarily closed", "defunct");
    }

    @Test
    void activeListingsArePubliclySearchable() {
        assertThat(ListingStatus.ACTIVE.publiclySearchable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ListingStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void noOtherStatusIsPubliclySearchable(ListingStatus status) {
        assertThat(status.publiclySearchable()).isFalse();
    }
}
