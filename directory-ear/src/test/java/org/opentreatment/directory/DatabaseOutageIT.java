package org.opentreatment.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.PostgreSql;

/**
 * The database goes away under the running application and comes back. Runs with {@code
 * -Ppostgresql} only: it closes PostgreSQL's database {@code test} to new connections and ends the
 * application's open ones, which an embedded H2 cannot do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void databaseBack() throws SQLException {
        PostgreSql.openTestDatabase();
    }

    @Test
    void visitorsSeeHelplinesAndPlainWordsWhileTheDatabaseIsDownAndAllRecovers() throws Exception {
        long id = Http.anyListingIn("OH").getJsonNumber("id").longValue();
        assertThat(Http.get("/facility/" + id).status()).isEqualTo(200);

        PostgreSql.closeTestDatabase();

        Http.Answer page = Http.get("/facility/" + id);
        Expect.temporarilyUnavailablePage(page);
        Http.Answer api = Http.get("/api/v1/facilities/" + id);
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("temporarily unavailable");
        // The search is answered by the index alone, so it keeps working.
        Http.Answer search = Http.get("/?near=43215&radius=100");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains("results-summary").contains("1-800-662-4357");

        PostgreSql.openTestDatabase();

        await("the facility page once the database is back")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Http.get("/facility/" + id).status() == 200);
        assertThat(Http.get("/api/v1/facilities/" + id).status()).isEqualTo(200);
    }
}
