package org.opentreatment.directory.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;

/**
 * Locks out guessing of operators' passwords, per account and per client address. The server checks
 * HTTP Basic credentials before any of our code runs, but each refusal reaches the 401 error page,
 * which counts it here ({@link AccessErrorServlet}); a locked account or address is then refused
 * even with the right password ({@link OperatorsFilter}).
 *
 * <p>Each account and each address has a budget of failed sign-ins (5 and 20 by default) that comes
 * back one attempt per lock duration (15 minutes). So a burst of wrong passwords locks for the lock
 * duration; after that, one more try per lock duration, the full budget only after a quiet spell of
 * budget × duration. That slow pace is the "slow down": a guesser gets about 100 tries a day per
 * account and per address. There is no delay on failures: a sleeping request would hold a server
 * thread, which a guesser with many connections could use to starve the site. A right password does
 * not reset the count. Locks live in this node's memory: a restart forgets them, and each node of a
 * cluster counts on its own.
 */
@ApplicationScoped
public class OperatorLockout {

    private static final Logger LOG = Logger.getLogger(OperatorLockout.class.getName());

    /** Accounts and addresses remembered at once; the least recently seen go first. */
    private static final long MAX_KEYS = 10_000;

    /** An account name is a key: no realm has longer ones, and a long name only costs memory. */
    private static final int MAX_ACCOUNT_LENGTH = 128;

    private int accountFailures;
    private int addressFailures;
    private Duration lock;
    private Set<String> exempt;
    private Throttle accounts;
    private Throttle addresses;

    /** For the container's proxy. */
    protected OperatorLockout() {}

    @Inject
    public OperatorLockout(
            @ConfigProperty(name = Settings.OPERATORS_LOCKOUT_ACCOUNT_FAILURES, defaultValue = "5")
                    int accountFailures,
            @ConfigProperty(name = Settings.OPERATORS_LOCKOUT_ADDRESS_FAILURES, defaultValue = "20")
                    int addressFailures,
            @ConfigProperty(name = Settings.OPERATORS_LOCKOUT_DURATION, defaultValue = "PT15M")
                    Duration lock,
            @ConfigProperty(name = Settings.THROTTLE_EXEMPT_ADDRESSES)
                    Optional<String> exemptAddresses) {
        this.accountFailures = Math.max(1, accountFailures);
        this.addressFailures = Math.max(1, addressFailures);
        this.lock = lock.isNegative() || lock.isZero() ? Duration.ofMinutes(15) : lock;
        this.exempt =
                exemptAddresses.stream()
                        .flatMap(list -> Arrays.stream(list.split(",")))
                        .map(String::strip)
                        .filter(address -> !address.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        this.accounts =
                new Throttle(
                        this.accountFailures,
                        this.lock.multipliedBy(this.accountFailures),
                        MAX_KEYS);
        this.addresses =
                new Throttle(
                        this.addressFailures,
                        this.lock.multipliedBy(this.addressFailures),
                        MAX_KEYS);
    }

    /**
     * How long the account that this {@code Authorization} header names, or the client address,
     * stays locked; empty when neither is.
     */
    public Optional<Duration> lockedFor(String authorization, String address) {
        Duration wait = Duration.ZERO;
        boolean locked = false;
        Optional<String> account = accountKey(authorization);
        if (account.isPresent()) {
            Throttle.Verdict verdict = accounts.peek(account.get());
            if (!verdict.allowed()) {
                locked = true;
                wait = verdict.retryAfter();
            }
        }
        if (counted(address)) {
            Throttle.Verdict verdict = addresses.peek(address);
            if (!verdict.allowed()) {
                locked = true;
                wait = wait.compareTo(verdict.retryAfter()) < 0 ? verdict.retryAfter() : wait;
            }
        }
        return locked ? Optional.of(wait) : Optional.empty();
    }

    /**
     * Counts a sign-in that the server refused, for the account the header names (if it names one)
     * and the client address (unless exempt); a request without credentials is no attempt. Logs one
     * line when this failure locks an account or an address.
     */
    public void signInFailed(String authorization, String address) {
        if (authorization == null) {
            return;
        }
        accountKey(authorization)
                .ifPresent(
                        account -> {
                            if (locks(accounts, account)) {
                                // The account name is logged: it is one of this deployment's own
                                // operator accounts (or what someone typed as one), which
                                // operators need to see attacked; no visitor's data. It is
                                // cleaned so that it cannot forge log lines.
                                LOG.warning(
                                        "Operator sign-ins locked for "
                                                + lock
                                                + ": the account '"
                                                + printable(account)
                                                + "' after "
                                                + accountFailures
                                                + " failed attempts");
                            }
                        });
        if (counted(address) && locks(addresses, address)) {
            // Not the address itself: it is personal data, and the log needs no more than this.
            LOG.warning(
                    "Operator sign-ins locked for "
                            + lock
                            + ": one client address after "
                            + addressFailures
                            + " failed attempts");
        }
    }

    /**
     * Takes a failure; true when it was the last one the budget allowed, so the key is locked now.
     */
    private static boolean locks(Throttle throttle, String key) {
        return throttle.take(key).allowed() && !throttle.peek(key).allowed();
    }

    private boolean counted(String address) {
        return address != null && !exempt.contains(address);
    }

    /**
     * Names differing only in case are one key, in case the server's realm does not tell them
     * apart.
     */
    private static Optional<String> accountKey(String authorization) {
        return BasicCredentials.account(authorization)
                .map(
                        name ->
                                name.substring(0, Math.min(name.length(), MAX_ACCOUNT_LENGTH))
                                        .toLowerCase(Locale.ROOT));
    }

    private static String printable(String account) {
        String cleaned = account.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}'\\\\]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }
}
