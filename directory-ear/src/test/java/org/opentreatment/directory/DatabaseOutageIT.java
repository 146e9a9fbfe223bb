package org.opentreatment.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;

/**
 * The database goes away under the running application and comes back. Runs with {@code
 * -Ppostgresql} only: it closes PostgreSQL's database {@code test} to new connections and ends the
 * application's open ones, which an embedded H2 cannot do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void databaseBack() throws SQLException {
        admin("ALTER DATABASE test ALLOW_CONNECTIONS true");
    }

    @Test
    void visitorsSeeHelplinesAndPlainWordsWhileTheDatabaseIsDownAndAllRecovers() throws Exception {
        long id = Http.anyListingIn("OH").getJsonNumber("id").longValue();
        assertThat(Http.get("/facility/" + id).status()).isEqualTo(200);

        admin("ALTER DATABASE test ALLOW_CONNECTIONS false");
        admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = 'test' AND pid <> pg_backend_pid()");

        Http.Answer page = Http.get("/facility/" + id);
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body())
                .contains("temporarily unavailable")
                .contains("1-800-662-4357")
                .contains("988")
                .doesNotContain(".java:");
        Http.Answer api = Http.get("/api/v1/facilities/" + id);
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("temporarily unavailable");
        // The search is answered by the index alone, so it keeps working.
        Http.Answer search = Http.get("/?near=43215&radius=100");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains("results-summary").contains("1-800-662-4357");

        admin("ALTER DATABASE test ALLOW_CONNECTIONS true");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            status = Http.get("/facility/" + id).status();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("the facility page once the database is back").isEqualTo(200);
        assertThat(Http.get("/api/v1/facilities/" + id).status()).isEqualTo(200);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
