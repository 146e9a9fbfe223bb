package org.opentreatment.directory.shared;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/** Tells a database that cannot be reached apart from other failures, so pages can say so. */
public final class Outages {

    private Outages() {}

    /** Whether the failure, or one of its causes, is a database that cannot be reached. */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException) {
                return true;
            }
            // SQLState class 08: connection exception; the pool's "cannot get a connection" too.
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof ResourceException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
