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
 * Locks out guessing of passwords, per account (the e-mail address as typed, in lower case) and per
 * client address: the sign-in form and HTTP Basic on the operators' API count their failures here
 * and ask before checking a password, so a locked account or address is refused even with the right
 * password, and it looks the same as a wrong one.
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
public class SignInLockout {

    private static final Logger LOG = Logger.getLogger(SignInLockout.class.getName());

    /**
     * A request attribute: how long the account or address of a sign-in that was refused without
     * checking its password stays locked (a {@link Duration}). The error page answers 429 for it.
     */
    public static final String LOCKED = SignInLockout.class.getName() + ".locked";

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
    protected SignInLockout() {}

    @Inject
    public SignInLockout(
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
     * How long the account named (an e-mail address as typed, or null) or the client address stays
     * locked; empty when neither is.
     */
    public Optional<Duration> lockedFor(String account, String address) {
        Duration wait = Duration.ZERO;
        boolean locked = false;
        Optional<String> key = accountKey(account);
        if (key.isPresent()) {
            Throttle.Verdict verdict = accounts.peek(key.get());
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
     * Counts a refused sign-in, for the account named (if any) and the client address (unless
     * exempt). Logs one line when this failure locks an account or an address, naming neither: an
     * account's name is an e-mail address, a client's address is personal data too.
     */
    public void signInFailed(String account, String address) {
        accountKey(account)
                .ifPresent(
                        key -> {
                            if (locks(accounts, key)) {
                                LOG.warning(
                                        "Sign-ins locked for "
                                                + lock
                                                + ": one account after "
                                                + accountFailures
                                                + " failed attempts");
                            }
                        });
        if (counted(address) && locks(addresses, address)) {
            LOG.warning(
                    "Sign-ins locked for "
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

    /** Addresses differing only in case are one key, as they are one account. */
    private static Optional<String> accountKey(String account) {
        if (account == null || account.isBlank()) {
            return Optional.empty();
        }
        String key = account.strip().toLowerCase(Locale.ROOT);
        return Optional.of(key.substring(0, Math.min(key.length(), MAX_ACCOUNT_LENGTH)));
    }
}
