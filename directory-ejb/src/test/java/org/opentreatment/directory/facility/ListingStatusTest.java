package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListingStatusTest {

    // Open Referral HSDS 3.0, service.status: the values an HSDS file may carry.
    private static final List<String> HSDS_SERVICE_STATUSES =
            List.of("active", "inactive", "defunct", "temporarily closed");

    @Test
    void everyHsdsStatusImportsAsItsOwnListingStatus() {
        assertThat(
                        HSDS_SERVICE_STATUSES.stream()
                                .map(status -> SamhsaCodes.fromCode(ListingStatus.class, status))
                                .flatMap(Optional::stream)
                                .toList())
                .doesNotHaveDuplicates()
                .hasSameSizeAs(HSDS_SERVICE_STATUSES);
    }

    @ParameterizedTest
    @EnumSource(ListingStatus.class)
    void everyListingStatusExportsAsAnHsdsStatus(ListingStatus status) {
        assertThat(new ListingStatus.Converter().convertToDatabaseColumn(status))
                .isIn(HSDS_SERVICE_STATUSES);
    }

    @Test
    void onlyWhatHsdsCallsActiveIsPubliclySearchable() {
        assertThat(
                        Arrays.stream(ListingStatus.values())
                                .filter(ListingStatus::publiclySearchable)
                                .map(ListingStatus::code))
                .containsExactly("active");
    }
}
