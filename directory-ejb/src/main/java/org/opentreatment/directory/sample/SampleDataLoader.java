package org.opentreatment.directory.sample;

import jakarta.annotation.Priority;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.search.IndexAdmin;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.startup.SchemaReady;
import org.opentreatment.directory.startup.StartupOrder;

/**
 * Fills an empty database with generated sample listings at startup when asked to ({@code
 * directory.sample.size}: none by default, so a production database never gets fictional listings;
 * the run command asks for 20,000; at most 100,000). They are saved in one transaction without
 * indexing, then indexed once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SampleDataLoader {

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class.getName());
    // Generating runs while the application deploys: beyond this it would outlast WildFly's
    // deployment timeout (300 s) on a small machine.
    static final int MAX_SIZE = 100_000;

    @Inject
    @ConfigProperty(name = Settings.SAMPLE_SIZE, defaultValue = "0")
    int size;

    @Inject
    @ConfigProperty(name = Settings.SAMPLE_SEED, defaultValue = "2019")
    long seed;

    @Inject Gazetteer gazetteer;

    @EJB FacilityService facilities;

    @EJB IndexAdmin index;

    /** Runs when the database answers at start-up, after the index check. */
    public void loadIfEmpty(@Observes @Priority(StartupOrder.SAMPLE_DATA) SchemaReady ready) {
        if (size <= 0 || facilities.count() > 0) {
            return;
        }
        int count = size;
        if (size > MAX_SIZE) {
            LOG.warning(
                    String.format(
                            "directory.sample.size=%d is more than %,d: generating %,d",
                            size, MAX_SIZE, MAX_SIZE));
            count = MAX_SIZE;
        }
        long start = System.nanoTime();
        facilities.createAllUnindexed(generator().generate(count));
        long saved = System.nanoTime();
        index.rebuild();
        long indexed = System.nanoTime();
        LOG.info(
                String.format(
                        "Sample data: %,d facilities generated and saved in %,d ms, indexed in %,d ms",
                        count, (saved - start) / 1_000_000, (indexed - saved) / 1_000_000));
    }

    SampleFacilityGenerator generator() {
        List<SampleFacilityGenerator.SampleZip> zips =
                gazetteer.allZips().stream().map(SampleFacilityGenerator.SampleZip::of).toList();
        return new SampleFacilityGenerator(zips, seed, LocalDate.now());
    }
}
