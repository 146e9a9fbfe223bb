package org.opentreatment.directory.shared;

/**
 * The names of the settings the application reads through MicroProfile Config, in one place. Each
 * is a system property ({@code -Ddirectory.sample.size=0}) or else an environment variable ({@code
 * DIRECTORY_SAMPLE_SIZE=0}); docs/operations.md lists them with their defaults. The server's own
 * settings (data directory, database, mail) are expressions in its configuration instead.
 */
public final class Settings {

    /** How many sample listings to generate into an empty database: none unless asked for. */
    public static final String SAMPLE_SIZE = "directory.sample.size";

    public static final String SAMPLE_SEED = "directory.sample.seed";

    public static final String HELPLINE_NUMBER = "directory.helpline.number";
    public static final String HELPLINE_NAME = "directory.helpline.name";
    public static final String HELPLINE_WHO_ANSWERS = "directory.helpline.who-answers";
    public static final String HELPLINE_HOURS = "directory.helpline.hours";

    /** The site's public address, for absolute links in the API (behind a proxy). */
    public static final String PUBLIC_BASE_URL = "directory.public-base-url";

    /** How long one search may run in the index before it is stopped, in milliseconds. */
    public static final String SEARCH_TIME_LIMIT_MILLIS = "directory.search.time-limit-millis";

    /**
     * Requests per minute one client address may make to the public pages and the API; 0 for no
     * limit. Addresses in {@link #THROTTLE_EXEMPT_ADDRESSES} are not counted.
     */
    public static final String RATE_LIMIT_PER_MINUTE = "directory.rate-limit.per-minute";

    /**
     * Whether the operators' endpoints answer over plain HTTP: {@code false}, so HTTP Basic
     * passwords travel only over TLS (the server's HTTPS listener, or a proxy in front that
     * terminates TLS and says so). {@code true} only for local use and tests.
     */
    public static final String OPERATORS_ALLOW_HTTP = "directory.operators.allow-http";

    /** Wrong passwords for one operator account after which it is locked: 5. */
    public static final String OPERATORS_LOCKOUT_ACCOUNT_FAILURES =
            "directory.operators.lockout.account-failures";

    /** Failed sign-ins from one client address after which it is locked: 20. */
    public static final String OPERATORS_LOCKOUT_ADDRESS_FAILURES =
            "directory.operators.lockout.address-failures";

    /** How long a lock lasts, ISO-8601 ({@code PT15M}); also the pace of further tries after it. */
    public static final String OPERATORS_LOCKOUT_DURATION = "directory.operators.lockout.duration";

    /**
     * Client addresses, comma-separated, exempt from limits per address (not from those per
     * account): none. For a monitoring host, or the tests' loopback.
     */
    public static final String THROTTLE_EXEMPT_ADDRESSES = "directory.throttle.exempt-addresses";

    /**
     * A pause between two chunks of an import, in milliseconds: 150, which keeps searches during an
     * import within twice their idle latency on two cores (docs/benchmarks.md); 0 for none.
     */
    public static final String IMPORT_PAUSE_MILLIS = "directory.import.pause-millis";

    /**
     * Reports of a problem with a listing one client address may send per hour: 5. Addresses in
     * {@link #THROTTLE_EXEMPT_ADDRESSES} are not counted.
     */
    public static final String REPORTS_PER_HOUR = "directory.reports.per-hour";

    /** OpenSearch only: a user and password of the cluster, if it wants them. */
    public static final String SEARCH_USERNAME = "directory.search.username";

    public static final String SEARCH_PASSWORD = "directory.search.password";

    /**
     * How long a listing stays fresh after it was last verified, as an ISO-8601 period: {@code
     * P12M} (also {@code P1Y}, {@code P365D}). An active listing verified longer ago, or never, is
     * stale: the site admins' stale page lists it and its keepers get a weekly reminder.
     */
    public static final String STALE_AFTER = "directory.stale.after";

    private Settings() {}

    /**
     * The address of the first site admin: at start-up, while no site admin has a password, the
     * account is made and a link to set its password is e-mailed and written to {@code
     * first-admin-link.txt} in the data directory (README, "The first site admin").
     */
    public static final String FIRST_ADMIN_EMAIL = "directory.first-admin.email";

    /** PBKDF2 iterations for new password hashes: 210,000 (OWASP), and never fewer. */
    public static final String PASSWORD_ITERATIONS = "directory.password.iterations";

    /** The JNDI name of the mail session that accounts' e-mails go through. */
    public static final String MAIL_SESSION = "directory.mail.session";

    /** The data directory (database, index, the first admin's link), as the server resolved it. */
    public static final String DATA_DIR = "directory.data.dir";
}
