package org.opentreatment.directory.availability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private final Availability availability = new Availability();

    @Test
    void beforeTheStartUpWorkHasRunEveryFailureMeansUnavailable() {
        assertThat(availability.isStarted()).isFalse();
        assertThat(availability.explains(new IllegalStateException("no such table"))).isTrue();
    }

    @Test
    void onceStartedOnlyOutagesMeanUnavailable() {
        availability.markStarted();

        assertThat(availability.isStarted()).isTrue();
        assertThat(availability.explains(new EJBException(new SQLException("gone", "08006"))))
                .isTrue();
        assertThat(availability.explains(new NotReadyException("index not built"))).isTrue();
        assertThat(availability.explains(new IllegalStateException("a bug"))).isFalse();
        assertThat(availability.explains(new EJBException(new NullPointerException()))).isFalse();
    }
}
