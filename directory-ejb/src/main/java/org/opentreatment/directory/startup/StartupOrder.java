package org.opentreatment.directory.startup;

import jakarta.interceptor.Interceptor;

/** The order in which the start-up work observes {@link SchemaReady}. */
public final class StartupOrder {

    /** An index that disagrees with the database is rebuilt first. */
    public static final int INDEX_CHECK = Interceptor.Priority.APPLICATION;

    /** Then an empty database gets its sample listings (which it indexes itself). */
    public static final int SAMPLE_DATA = Interceptor.Priority.APPLICATION + 100;

    /** Interrupted imports resume once the index is checked and any sample data is in. */
    public static final int IMPORT_RESUME = Interceptor.Priority.APPLICATION + 200;

    /** The first site admin's account and link, when one is asked for and none exists. */
    public static final int FIRST_ADMIN = Interceptor.Priority.APPLICATION + 300;

    /** Last: a week's stale-listing reminders missed while the server was down are planned. */
    public static final int STALE_REMINDERS = Interceptor.Priority.APPLICATION + 400;

    private StartupOrder() {}
}
