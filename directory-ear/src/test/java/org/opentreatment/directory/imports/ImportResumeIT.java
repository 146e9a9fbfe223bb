package org.opentreatment.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.OperatorImports;

/**
 * An import stopped half-way by the application's stop (undeployed while it runs, as a server's
 * shutdown stops it) resumes at the next start, where it was: every row imported exactly once, and
 * the index holding exactly what the database holds. A pause between chunks keeps the import
 * running long enough to be stopped in the middle.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportResumeIT {

    private static final String EAR = "importer";
    private static final int ROWS = 3_000;

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithImportCleanup(
                Map.of(Settings.IMPORT_PAUSE_MILLIS, "300"));
    }

    @ArquillianResource Deployer deployer;

    private boolean deployed;

    @AfterEach
    void removeImportedListingsAndUndeploy() {
        if (deployed) {
            assertThat(Http.send("DELETE", "/api/v1/test-imports", null).status()).isEqualTo(204);
            deployer.undeploy(EAR);
        }
    }

    @Test
    void anImportStoppedHalfWayResumesAtTheNextStartAndImportsEveryRowOnce() throws IOException {
        deployer.deploy(EAR);
        deployed = true;
        long id = OperatorImports.open("locator", false);
        assertThat(
                        OperatorImports.send(id, "big-page.json", "application/json", export(ROWS))
                                .status())
                .isEqualTo(200);
        assertThat(OperatorImports.operatorPost("/api/v1/admin/imports/" + id + "/start").status())
                .isEqualTo(202);
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> OperatorImports.get(id).getJsonObject("rows").getInt("done") >= 500);

        deployer.undeploy(EAR);
        deployed = false;
        deployer.deploy(EAR);
        deployed = true;

        JsonObject interrupted = OperatorImports.get(id);
        assertThat(interrupted.getJsonObject("rows").getInt("done")).isLessThan(ROWS);
        JsonObject done = OperatorImports.awaitEnd(id, Duration.ofMinutes(3));
        assertThat(done.getString("state")).isEqualTo("finished");
        assertThat(OperatorImports.rows(done)).containsExactly(ROWS, ROWS, ROWS, 0, 0, 0, 0);
        OperatorImports.assertIndexEqualsDatabase(ROWS);
        List<String> log =
                Files.readAllLines(
                        Path.of(
                                System.getProperty("jboss.home"),
                                "standalone",
                                "log",
                                "server.log"));
        assertThat(log).anyMatch(line -> line.contains("Import " + id + " was interrupted at row"));
    }

    @Test
    void aCancelledImportStopsBetweenTwoChunksAndKeepsWhatItImported() {
        deployer.deploy(EAR);
        deployed = true;
        long id = OperatorImports.open("locator", false);
        OperatorImports.send(id, "big-page.json", "application/json", export(ROWS));
        OperatorImports.operatorPost("/api/v1/admin/imports/" + id + "/start");
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> OperatorImports.get(id).getJsonObject("rows").getInt("done") >= 250);

        JsonObject cancelled =
                OperatorImports.operatorPost("/api/v1/admin/imports/" + id + "/cancel").json();

        assertThat(cancelled.getString("state")).isEqualTo("cancelled");
        int done = cancelled.getJsonObject("rows").getInt("done");
        assertThat(done)
                .isBetween(250, ROWS - 1)
                .isEqualTo(cancelled.getJsonObject("rows").getInt("created"));
        // no chunk after the cancel: the count stays, and the index holds what the database does
        JsonObject later = OperatorImports.awaitEnd(id, Duration.ofSeconds(10));
        assertThat(later.getJsonObject("rows").getInt("done")).isEqualTo(done);
        OperatorImports.assertIndexEqualsDatabase(done);
    }

    /** A locator-shaped export of valid rows around ZIP 43215, named "ImportIT Resume n". */
    private static String export(int rows) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int i = 1; i <= rows; i++) {
            records.add(
                    Json.createObjectBuilder()
                            .add("frid", "it-resume-" + i)
                            .add("name1", "ImportIT Resume " + i)
                            .add("street1", i + " Resume Street")
                            .add("city", "Columbus")
                            .add("state", "OH")
                            .add("zip", "43215")
                            .add("phone", "614-555-0100")
                            .add("typeFacility", "SA")
                            .add("latitude", Double.toString(39.9 + i / 100_000.0))
                            .add("longitude", "-82.99")
                            .add(
                                    "services",
                                    Json.createArrayBuilder()
                                            .add(
                                                    Json.createObjectBuilder()
                                                            .add("f1", "Type of Care")
                                                            .add("f2", "TC")
                                                            .add(
                                                                    "f3",
                                                                    "Substance use treatment"))));
        }
        return Json.createObjectBuilder()
                .add("page", 1)
                .add("totalPages", 1)
                .add("recordCount", rows)
                .add("rows", records)
                .build()
                .toString();
    }
}
