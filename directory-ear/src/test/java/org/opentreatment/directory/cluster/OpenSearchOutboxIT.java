package org.opentreatment.directory.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.facility.TypeOfCare;
import org.opentreatment.directory.geo.GeoPoint;
import org.opentreatment.directory.geo.PlaceNames;
import org.opentreatment.directory.search.FacilityHit;
import org.opentreatment.directory.search.FacilitySearch;
import org.opentreatment.directory.search.IndexAdmin;
import org.opentreatment.directory.search.SearchQuery;
import org.opentreatment.directory.search.SearchResult;
import org.opentreatment.directory.testing.Deployments;

/**
 * The opensearch build end to end, inside the packaged application: listings saved through {@link
 * FacilityService} reach the shared OpenSearch index through the outbox (an event row per change,
 * applied by a background agent a few seconds later), and a radius search then finds them nearest
 * first; deleting them takes them out of the index the same way. Runs with -Popensearch only.
 */
@ExtendWith(ArquillianExtension.class)
class OpenSearchOutboxIT {

    private static final Logger LOG = Logger.getLogger(OpenSearchOutboxIT.class.getName());

    /** Miles per degree of latitude (mean Earth radius 3,958.8 miles). */
    private static final double MILES_PER_DEGREE = 69.09;

    /** A word no sample listing has, so the search sees only this test's listings. */
    private static final String WORD = "Zyzzyva";

    private static final GeoPoint CENTER = new GeoPoint(44.08, -103.23);

    /** As long as the agents may need on a slow machine; the wait ends as soon as they are done. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OpenSearchOutboxIT.class);
    }

    @Inject FacilityService facilities;

    @Inject FacilitySearch search;

    @Inject IndexAdmin index;

    @Resource(lookup = "java:/jdbc/directory")
    DataSource database;

    /** What this test saved, so that a failure half-way leaves nothing behind for other tests. */
    private final List<Long> saved = new ArrayList<>();

    @AfterEach
    void removeWhatThisTestSaved() {
        saved.stream().filter(id -> facilities.find(id).isPresent()).forEach(facilities::delete);
    }

    @Test
    void savedListingsBecomeSearchableThroughTheOutboxAndDeletedOnesLeaveTheIndex()
            throws SQLException {
        assertThat(index.sharedIndex()).as("the opensearch build's index is shared").isTrue();
        assertThat(count("select count(*) from HSEARCH_AGENT where type like 'EVENT_PROCESSING%'"))
                .as("event processors registered by this node")
                .isPositive();

        long start = System.nanoTime();
        // Saved out of distance order, each in its own transaction, as editors would
        long far = save(listing(WORD + " Far Recovery", 9));
        long near = save(listing(WORD + " Near Clinic", 1));
        long middle = save(listing(WORD + " Middle Counseling", 4));

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(nearbyIds()).containsExactly(near, middle, far));
        long searchableAfter = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Saved listings were searchable after " + searchableAfter + " ms");

        SearchResult result = nearby();
        assertThat(result.hits())
                .extracting(FacilityHit::distanceMiles)
                .satisfiesExactly(
                        d -> assertThat(d).isCloseTo(1.0, within(0.05)),
                        d -> assertThat(d).isCloseTo(4.0, within(0.05)),
                        d -> assertThat(d).isCloseTo(9.0, within(0.05)));
        assertThat(result.hits())
                .extracting(FacilityHit::name)
                .containsExactly(
                        WORD + " Near Clinic", WORD + " Middle Counseling", WORD + " Far Recovery");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outboxEvents()).isZero());

        long deleted = System.nanoTime();
        facilities.delete(middle);
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(nearbyIds()).containsExactly(near, far));
        long goneAfter = (System.nanoTime() - deleted) / 1_000_000;
        LOG.info(() -> "A deleted listing left the index after " + goneAfter + " ms");
        facilities.delete(near);
        facilities.delete(far);
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(nearbyIds()).isEmpty());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outboxEvents()).isZero());
    }

    private long save(Facility listing) {
        long id = facilities.create(listing).getId();
        saved.add(id);
        return id;
    }

    private SearchResult nearby() {
        return search.search(
                SearchQuery.builder().center(CENTER).radiusMiles(25).keywords(WORD).build());
    }

    private List<Long> nearbyIds() {
        return nearby().hits().stream().map(FacilityHit::id).toList();
    }

    private long outboxEvents() throws SQLException {
        return count("select count(*) from HSEARCH_OUTBOX_EVENT");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Facility listing(String name, double milesNorth) {
        Facility f = new Facility();
        f.setName(name);
        f.setSlug(PlaceNames.slug(name));
        f.setAddress(new Address("1 Test Street", null, "Rapid City", "SD", "57701", null));
        f.setLatitude(CENTER.latitude() + milesNorth / MILES_PER_DEGREE);
        f.setLongitude(CENTER.longitude());
        f.setPhone("605-555-0100");
        f.setLastVerified(LocalDate.now());
        f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        return f;
    }
}
