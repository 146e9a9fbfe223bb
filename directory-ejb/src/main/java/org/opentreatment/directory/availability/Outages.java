package org.opentreatment.directory.availability;

import jakarta.resource.ResourceException;
import java.io.IOException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.search.util.common.SearchException;

/**
 * Tells a database or a search cluster that cannot be reached apart from other failures, so pages
 * can say so.
 */
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

    /**
     * Whether the failure is a search that could not reach the search cluster (OpenSearch, with
     * -Popensearch): Hibernate Search's failure caused by one of the connection's I/O errors; or a
     * search that cannot be answered truthfully before the start-up work has run ({@link
     * NotReadyException}).
     */
    public static boolean isSearchUnavailable(Throwable failure) {
        boolean search = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NotReadyException) {
                return true;
            }
            search |= t instanceof SearchException;
            if (search && t instanceof IOException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A database or search cluster that cannot be reached: the directory is unavailable. */
    public static boolean isUnavailable(Throwable failure) {
        return isDatabaseUnavailable(failure) || isSearchUnavailable(failure);
    }
}
