package org.opentreatment.directory.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds every archive the integration tests deploy, in one place. */
public final class Deployments {

    private static final String BASE = "org.opentreatment.directory";

    private Deployments() {}

    /**
     * The EJB module's code with the test's own classes, a throw-away database and a throw-away
     * index (in memory; with -Popensearch, on the test node), for tests that run inside the server.
     */
    public static WebArchive inContainer(String name, Class<?>... testClasses) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(
                        false,
                        BASE + ".facility",
                        BASE + ".geo",
                        BASE + ".health",
                        BASE + ".helpline",
                        BASE + ".sample",
                        BASE + ".search",
                        BASE + ".shared")
                .addClasses(testClasses)
                .addAsResource("org/opentreatment/directory/geo/us-postal-codes.tsv.gz")
                .addAsResource("org/opentreatment/directory/geo/us-states.csv")
                .addAsResource("org/opentreatment/directory/search/synonyms.txt")
                .addAsResource("db/migration/V1__facility.sql")
                .addAsResource("db/migration/V2__index_rebuild_lease.sql")
                .addAsResource("db/vendor/h2/V3__hsearch_outbox.sql")
                .addAsResource("db/vendor/postgresql/V3__hsearch_outbox.sql")
                .addAsResource("META-INF/services/org.hibernate.integrator.spi.Integrator")
                .addAsResource(testPersistence(), "META-INF/persistence.xml")
                .addAsResource(
                        "test-microprofile-config.properties",
                        "META-INF/microprofile-config.properties")
                .addAsWebInfResource("test-ds.xml", "directory-test-ds.xml")
                // as the EJB jar's manifest says: the synonym filter loads Lucene classes by name
                .setManifest(
                        new StringAsset("Manifest-Version: 1.0\nDependencies: org.apache.lucene\n"))
                .addAsLibraries(
                        jarOf(org.apache.commons.csv.CSVFormat.class),
                        jarOf(org.apache.commons.io.IOUtils.class),
                        jarOf(org.apache.commons.codec.binary.Hex.class),
                        jarOf(org.flywaydb.core.Flyway.class),
                        jarOf(org.flywaydb.database.postgresql.PostgreSQLDatabaseType.class),
                        jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
                        jarOf(com.fasterxml.jackson.core.JsonFactory.class),
                        jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
                        jarOf(org.assertj.core.api.Assertions.class));
    }

    /** Whether the build under test searches OpenSearch (-Popensearch) rather than Lucene. */
    public static boolean openSearch() {
        return "opensearch".equals(System.getProperty("it.search.backend"));
    }

    private static String testPersistence() {
        return openSearch() ? "test-persistence-opensearch.xml" : "test-persistence.xml";
    }

    /** The EAR exactly as the build packaged it, for tests that act as a client. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(
                EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }

    /**
     * The packaged EAR with the test classes in its WAR (where Arquillian runs them) and the test
     * libraries in its lib/, for tests that run inside the whole application.
     */
    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        ear.getAsType(WebArchive.class, "directory-web.war").addClasses(testClasses);
        return ear.addAsLibraries(
                jarOf(org.assertj.core.api.Assertions.class),
                jarOf(org.awaitility.Awaitility.class),
                jarOf(org.hamcrest.Matcher.class));
    }

    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
