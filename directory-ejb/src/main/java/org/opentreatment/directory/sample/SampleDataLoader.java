package org.opentreatment.directory.sample;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.search.IndexAdmin;

/**
 * Fills an empty database with generated sample listings at startup ({@code directory.sample.size},
 * 20,000 by default, 0 for none). They are saved in batches without indexing, then indexed once.
 */
@Singleton
@Startup
@DependsOn("IndexAdmin")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SampleDataLoader {

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class.getName());
    private static final int BATCH = 1_000;
    static final int MAX_SIZE = 1_000_000;

    @Inject
    @ConfigProperty(name = "directory.sample.size", defaultValue = "20000")
    int size;

    @Inject
    @ConfigProperty(name = "directory.sample.seed", defaultValue = "2019")
    long seed;

    @Inject Gazetteer gazetteer;

    @EJB FacilityService facilities;

    @EJB IndexAdmin index;

    @PostConstruct
    void loadIfEmpty() {
        if (size <= 0 || facilities.count() > 0) {
            return;
        }
        int count = Math.min(size, MAX_SIZE);
        long start = System.nanoTime();
        List<Facility> batch = new ArrayList<>(BATCH);
        generator()
                .generate(count)
                .forEach(
                        facility -> {
                            batch.add(facility);
                            if (batch.size() == BATCH) {
                                facilities.createAllUnindexed(batch);
                                batch.clear();
                            }
                        });
        if (!batch.isEmpty()) {
            facilities.createAllUnindexed(batch);
        }
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
