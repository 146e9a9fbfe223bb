package org.opentreatment.directory.availability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

class OutagesTest {

    @Test
    void aSearchClusterThatCannotBeReachedIsAnOutage() {
        Exception failure =
                new EJBException(
                        new SearchException(
                                "HSEARCH400588: Request execution failed",
                                new ConnectException("Connection refused")));

        assertThat(Outages.isSearchUnavailable(failure)).isTrue();
        assertThat(Outages.isUnavailable(failure)).isTrue();
        assertThat(Outages.isDatabaseUnavailable(failure)).isFalse();
    }

    @Test
    void aSearchThatFailsForAnotherReasonIsNot() {
        assertThat(Outages.isSearchUnavailable(new EJBException(new SearchException("bad query"))))
                .isFalse();
        // An I/O error outside a search is not the search cluster's
        assertThat(Outages.isSearchUnavailable(new IllegalStateException(new IOException("disk"))))
                .isFalse();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutageToo() {
        assertThat(Outages.isUnavailable(new SQLException("gone", "08001"))).isTrue();
        assertThat(Outages.isUnavailable(new IllegalArgumentException("bug"))).isFalse();
    }
}
