package org.opentreatment.directory.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test PostgreSQL on 127.0.0.1:5432 ({@code -Ppostgresql}), for the tests that take the
 * application's database ({@code test}) away and give it back.
 */
public final class PostgreSql {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String TEST_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private PostgreSql() {}

    /** Closes the database {@code test} to new connections and ends every open one. */
    public static void closeTestDatabase() throws SQLException {
        admin("ALTER DATABASE test ALLOW_CONNECTIONS false");
        admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = 'test' AND pid <> pg_backend_pid()");
    }

    public static void openTestDatabase() throws SQLException {
        admin("ALTER DATABASE test ALLOW_CONNECTIONS true");
    }

    /** Empties the application's schema, as on a new installation. */
    public static void emptyApplicationSchema() throws SQLException {
        // The tests' accounts go with it: made again when next asked for
        TestAccounts.forget();
        execute(TEST_URL, "DROP SCHEMA IF EXISTS directory CASCADE");
        execute(TEST_URL, "CREATE SCHEMA directory");
    }

    private static void admin(String sql) throws SQLException {
        execute(ADMIN_URL, sql);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
