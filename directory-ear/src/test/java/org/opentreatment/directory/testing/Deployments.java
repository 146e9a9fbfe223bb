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
     * The EJB module's code with the test's own classes, a throw-away database and an in-memory
     * index, for tests that run inside the server.
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
                .addAsResource("test-persistence.xml", "META-INF/persistence.xml")
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

    /** The EAR exactly as the build packaged it, for tests that act as a client. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(
                EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }

    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
