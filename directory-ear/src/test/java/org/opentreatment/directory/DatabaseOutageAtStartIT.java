package org.opentreatment.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.PostgreSql;

/**
 * The application is deployed while the database is down (after a power cut, say, when the
 * application server comes back before the database). Runs with {@code -Ppostgresql} only, like
 * {@link DatabaseOutageIT}: it closes PostgreSQL's database {@code test} to new connections.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageAtStartIT {

    private static final String EAR = "late";

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource Deployer deployer;

    private boolean deployed;

    @AfterEach
    void databaseBackAndUndeployed() throws SQLException {
        PostgreSql.openTestDatabase();
        if (deployed) {
            deployer.undeploy(EAR);
        }
    }

    @Test
    void startsWithoutTheDatabaseShowsHelplinesAndCatchesUpWhenItReturns() throws Exception {
        // A new installation: the schema, the sample data and the index are made once the
        // database answers, so listings found afterwards show that the start-up work caught up.
        PostgreSql.emptyApplicationSchema();
        deleteIndex();
        PostgreSql.closeTestDatabase();

        deployer.deploy(EAR);
        deployed = true;

        Http.Answer page = Http.get("/facility/1");
        Expect.temporarilyUnavailablePage(page);
        Http.Answer home = Http.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("1-800-662-4357").contains("988");
        // With no index yet, "no facilities found" would be untrue: the search says unavailable.
        Http.Answer search = Http.get("/?near=43215&radius=25");
        assertThat(search.status()).isEqualTo(503);
        assertThat(search.body()).contains("temporarily unavailable").contains("1-800-662-4357");
        assertThat(Http.get("/api/v1/facilities?near=43215&radius=25").status()).isEqualTo(503);
        Http.Answer ready = Http.management("/health/ready");
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .filteredOn(
                        check -> List.of("database", "start-up").contains(check.getString("name")))
                .extracting(check -> check.getString("status"))
                .containsExactly("DOWN", "DOWN");

        PostgreSql.openTestDatabase();

        await("ready, with listings to find, once the database is back")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () ->
                                Http.management("/health/ready").status() == 200
                                        && Http.get("/api/v1/facilities?state=OH&size=1")
                                                        .json()
                                                        .getJsonNumber("total")
                                                        .longValue()
                                                > 0);
        long id = Http.anyListingIn("OH").getJsonNumber("id").longValue();
        assertThat(Http.get("/facility/" + id).status()).isEqualTo(200);
        assertThat(Http.get("/api/v1/facilities/" + id).status()).isEqualTo(200);
    }

    private static void deleteIndex() throws IOException {
        Path index = Path.of(System.getProperty("it.data.dir"), "index");
        if (Files.exists(index)) {
            try (Stream<Path> files = Files.walk(index)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
