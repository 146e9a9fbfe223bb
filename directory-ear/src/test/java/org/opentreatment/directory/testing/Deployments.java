package org.opentreatment.directory.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds every archive the integration tests deploy, in one place. */
public final class Deployments {

    private Deployments() {}

    /**
     * The EJB module exactly as packaged (every class, resource and migration) and the EAR's
     * libraries, with the test's own classes, for tests that run inside the server. Only its
     * persistence.xml is replaced: the tests need a throw-away database and an in-memory index
     * (with -Popensearch, the test node's) with synchronous indexing, which the shipped unit, made
     * for the application's own data, does not offer.
     */
    public static WebArchive inContainer(String name, Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "directory-ejb.jar");
        ejb.delete("META-INF/persistence.xml");
        ejb.addAsManifestResource(testPersistence(), "persistence.xml");
        WebArchive war =
                ShrinkWrap.create(WebArchive.class, name + ".war")
                        .addClasses(testClasses)
                        .addClass(NoSignInForTests.class)
                        .addAsLibrary(ejb)
                        .addAsResource(
                                "test-microprofile-config.properties",
                                "META-INF/microprofile-config.properties")
                        .addAsWebInfResource("test-ds.xml", "directory-test-ds.xml")
                        // as the EJB jar's manifest says: the synonym filter loads Lucene classes
                        .setManifest(
                                new StringAsset(
                                        "Manifest-Version: 1.0\nDependencies: org.apache.lucene\n"))
                        .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        ear.getContent(Filters.include("/lib/[^/]+\\.jar"))
                .forEach(
                        (path, node) ->
                                war.addAsLibrary(
                                        node.getAsset(),
                                        path.get().substring(path.get().lastIndexOf('/') + 1)));
        return war;
    }

    /**
     * {@link #inContainer} for tests that call services as a signed-in account would: the tests run
     * under identities they make themselves ({@link Identities}), in the server's application
     * security domain, the one the services' SessionContext reads the caller from.
     */
    public static WebArchive inContainerWithIdentities(String name, Class<?>... testClasses) {
        return inContainer(name, testClasses)
                .addClasses(Identities.class)
                .addAsWebInfResource(
                        new StringAsset(
                                "<jboss-web xmlns=\"urn:jboss:jakartaee:1.0\" version=\"15.0\">"
                                        + "<security-domain>other</security-domain></jboss-web>"),
                        "jboss-web.xml")
                .setManifest(
                        new StringAsset(
                                "Manifest-Version: 1.0\nDependencies: org.apache.lucene,"
                                        + " org.wildfly.security.elytron\n"));
    }

    /** Whether the build under test searches OpenSearch (-Popensearch) rather than Lucene. */
    public static boolean openSearch() {
        return "opensearch".equals(System.getProperty("it.search.backend"));
    }

    private static String testPersistence() {
        return openSearch() ? "test-persistence-opensearch.xml" : "test-persistence.xml";
    }

    /**
     * The EAR as the build packaged it, plus the tests' door for making accounts ({@link
     * TestAccountsResource}), for tests that act as a client. Every variant's file ({@code
     * directory-opensearch.ear}, ...) deploys as {@code directory.ear}, the name that health and
     * metrics report.
     */
    public static EnterpriseArchive application() {
        EnterpriseArchive ear =
                ShrinkWrap.create(ZipImporter.class, "directory.ear")
                        .importFrom(new File(System.getProperty("it.ear")))
                        .as(EnterpriseArchive.class);
        // The tests' accounts (TestAccounts): the product's own get passwords by e-mail only. Its
        // Application is left out of the OpenAPI document, as the HSDS API's is: scanned, it
        // would put every resource under its own path.
        WebArchive war = ear.getAsType(WebArchive.class, "directory-web.war");
        war.addClasses(TestAccountsResource.class, TestAccountsResource.Api.class);
        String config = "WEB-INF/classes/META-INF/microprofile-config.properties";
        if (war.contains(config)) {
            String properties;
            try (InputStream in = war.get(config).getAsset().openStream()) {
                properties = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String excluded = "mp.openapi.scan.exclude.packages=";
            if (!properties.contains(excluded)) {
                throw new IllegalStateException("the WAR's settings exclude no package any more");
            }
            war.delete(config);
            war.addAsResource(
                    new StringAsset(
                            properties.replace(
                                    excluded,
                                    excluded + TestAccountsResource.class.getPackageName() + ",")),
                    "META-INF/microprofile-config.properties");
        }
        return ear;
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

    /**
     * The packaged EAR whose WAR reads these settings before the server's (a {@code
     * microprofile-config.properties} with {@code config_ordinal=500}, above system properties at
     * 400), for a test class that needs a deployer's settings the other tests must not get.
     */
    public static EnterpriseArchive applicationWithSettings(Map<String, String> settings) {
        EnterpriseArchive ear = application();
        WebArchive war = ear.getAsType(WebArchive.class, "directory-web.war");
        // The WAR's own settings (mp.openapi.filter) kept, now read at this ordinal too
        String own = "WEB-INF/classes/META-INF/microprofile-config.properties";
        StringBuilder properties = new StringBuilder("config_ordinal=500\n");
        if (war.contains(own)) {
            try (InputStream in = war.get(own).getAsset().openStream()) {
                properties
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            war.delete(own);
        }
        settings.forEach(
                (name, value) -> properties.append(name).append('=').append(value).append('\n'));
        war.addAsResource(
                new StringAsset(properties.toString()), "META-INF/microprofile-config.properties");
        return ear;
    }

    /** The packaged EAR with its WAR's web.xml changed, for a test of what web.xml does not do. */
    public static EnterpriseArchive applicationWithWebXml(UnaryOperator<String> change) {
        EnterpriseArchive ear = application();
        WebArchive war = ear.getAsType(WebArchive.class, "directory-web.war");
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String changed = change.apply(webXml);
        if (changed.equals(webXml)) {
            throw new IllegalStateException("web.xml is not as the test expects: nothing changed");
        }
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(changed));
        return ear;
    }

    /**
     * The packaged EAR plus a test-only resource, {@code POST/DELETE /api/v1/test-fixtures}, that
     * adds the search fixtures to the application's database and removes them (see {@link
     * Fixtures}).
     */
    public static EnterpriseArchive applicationWithFixtures() {
        EnterpriseArchive ear = application();
        ear.getAsType(WebArchive.class, "directory-web.war")
                // with its nested classes
                .addClasses(
                        FixturesResource.class,
                        org.opentreatment.directory.search.SearchFixtures.class);
        return ear;
    }

    /**
     * The packaged EAR plus a test-only resource, {@code POST/DELETE /api/v1/test-facility-page},
     * that adds one listing with every part of a facility page and removes it ({@link
     * FacilityPageFixture}).
     */
    public static EnterpriseArchive applicationWithFacilityPage() {
        EnterpriseArchive ear = application();
        ear.getAsType(WebArchive.class, "directory-web.war").addClass(FacilityPageFixture.class);
        return ear;
    }

    /**
     * The packaged EAR plus a test-only resource, {@code GET/DELETE /api/v1/test-imports}, that
     * counts and removes the listings the import tests made ({@link ImportedListingsResource}),
     * with these settings (see {@link #applicationWithSettings}); none when empty.
     */
    public static EnterpriseArchive applicationWithImportCleanup(Map<String, String> settings) {
        EnterpriseArchive ear =
                settings.isEmpty() ? application() : applicationWithSettings(settings);
        ear.getAsType(WebArchive.class, "directory-web.war")
                .addClass(ImportedListingsResource.class);
        return ear;
    }

    /**
     * The packaged EAR plus a test-only resource, {@code GET /api/v1/test-desk-counts}, that counts
     * listings straight from the database ({@link DeskCountsResource}).
     */
    public static EnterpriseArchive applicationWithDeskCounts() {
        EnterpriseArchive ear = application();
        ear.getAsType(WebArchive.class, "directory-web.war")
                .addClasses(DeskCountsResource.class, DeskCountsResource.Api.class);
        return ear;
    }

    /**
     * The packaged EAR plus a test-only servlet that fails on request ({@link FailingServlet}), for
     * tests of what the error pages answer.
     */
    public static EnterpriseArchive applicationWithFailures() {
        EnterpriseArchive ear = application();
        ear.getAsType(WebArchive.class, "directory-web.war").addClass(FailingServlet.class);
        return ear;
    }

    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
