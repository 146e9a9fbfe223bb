package org.opentreatment.directory.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.opentreatment.directory.shared.Text;

/**
 * Accounts: signing in, registering, verifying an address, setting and changing a password. Every
 * answer that could tell a stranger whether an address has an account is the same either way.
 */
@Stateless
public class AccountService {

    static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext EntityManager em;

    @Inject Passwords passwords;

    @Inject AccountMail mail;

    /**
     * Who these credentials belong to, if they are right and the account may sign in. A hash made
     * at a lower cost than today's is made again.
     */
    public Optional<SignedIn> authenticate(String email, char[] password) {
        Optional<Account> account = byEmail(email);
        String stored = account.map(Account::getPasswordHash).orElse(null);
        if (!passwords.matches(password, stored) || !account.get().maySignIn()) {
            return Optional.empty();
        }
        Account found = account.get();
        if (passwords.weakerThanToday(stored)) {
            found.rehash(passwords.hash(password));
        }
        return Optional.of(SignedIn.of(found));
    }

    /**
     * Whether a session made at sign-in still counts: the account is there and enabled, and its
     * password has not changed since (a change ends every other session).
     */
    public Optional<SignedIn> stillSignedIn(SignedIn session) {
        Account account = em.find(Account.class, session.accountId());
        if (account == null
                || !account.maySignIn()
                || !account.getCredentialsChangedAt().equals(session.credentialsChangedAt())) {
            return Optional.empty();
        }
        return Optional.of(SignedIn.of(account));
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalized(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * A new facility admin's account, to be verified by the e-mailed link before it signs in. If
     * the address has an account already, its owner is told by e-mail instead (with a link to reset
     * the password), and the person registering sees the same "check your mailbox" either way.
     */
    public void register(String email, String displayName, char[] password, String language) {
        requireAddress(email);
        requireName(displayName);
        Optional<Account> existing = byEmail(email);
        if (existing.isPresent()) {
            mail.send(
                    existing.get(),
                    "mail.registered-again",
                    existing.get().getDisplayName(),
                    mail.link(existing.get(), "/account/forgot"));
            return;
        }
        Account account = new Account(email, displayName, Role.FACILITY_ADMIN);
        account.setLanguage(language);
        requirePassword(password, account.getEmail());
        account.setPasswordHash(passwords.hash(password));
        em.persist(account);
        String token = issue(account, TokenPurpose.VERIFY_EMAIL);
        mail.send(
                account,
                "mail.verify",
                account.getDisplayName(),
                mail.link(account, "/account/verify?token=" + token));
    }

    /** Confirms an address by its link; false if the link is unknown, used or expired. */
    public boolean verifyEmail(String token) {
        return redeem(token, List.of(TokenPurpose.VERIFY_EMAIL))
                .map(
                        account -> {
                            account.setEmailVerified(true);
                            return true;
                        })
                .orElse(false);
    }

    /**
     * E-mails a link to set a new password, if the address has an enabled account; nothing
     * otherwise, and the caller cannot tell which.
     */
    public void requestPasswordReset(String email) {
        byEmail(email)
                .filter(Account::isEnabled)
                .ifPresent(
                        account ->
                                mail.send(
                                        account,
                                        "mail.reset",
                                        account.getDisplayName(),
                                        mail.link(
                                                account,
                                                "/account/reset?token="
                                                        + issue(
                                                                account,
                                                                TokenPurpose.SET_PASSWORD))));
    }

    /** Whether a set-password link is still good (to show its form, or say it is not). */
    public boolean passwordLinkIsGood(String token) {
        return find(token, List.of(TokenPurpose.SET_PASSWORD, TokenPurpose.INVITATION))
                .filter(found -> found.goodAt(now()))
                .isPresent();
    }

    /**
     * Sets a password from an e-mailed link, once: the link is then used, and every session and
     * other link of the account made before ends. Following the link also proves the address.
     *
     * @throws AccountProblem if the link is no good or the password too weak (the link then stays
     *     good, so the person can try another password)
     */
    public void setPassword(String token, char[] password) {
        AccountToken found =
                find(token, List.of(TokenPurpose.SET_PASSWORD, TokenPurpose.INVITATION))
                        .filter(candidate -> candidate.goodAt(now()))
                        .orElseThrow(
                                () -> new AccountProblem(null, Text.of("account.link.no-good")));
        Account account = found.getAccount();
        requirePassword(password, account.getEmail());
        found.use(now());
        account.setPasswordHash(passwords.hash(password));
        account.setEmailVerified(true);
    }

    /**
     * Changes a signed-in person's password, given the current one: other sessions of the account
     * end.
     */
    public SignedIn changePassword(long accountId, char[] current, char[] replacement) {
        Account account =
                find(accountId)
                        .orElseThrow(() -> new AccountProblem(null, Text.of("account.gone")));
        if (!passwords.matches(current, account.getPasswordHash())) {
            throw new AccountProblem("current", Text.of("account.password.wrong"));
        }
        requirePassword(replacement, account.getEmail());
        account.setPasswordHash(passwords.hash(replacement));
        return SignedIn.of(account);
    }

    /**
     * Gives the first site admin an account and a link to set its password, when there is no site
     * admin yet (see {@link FirstAdmin}); a second call before the password is set makes a new
     * link.
     *
     * @return the link, or empty if a site admin exists already
     */
    public Optional<String> firstAdmin(String email) {
        requireAddress(email);
        long admins =
                em.createQuery(
                                "select count(a) from Account a where a.role = :role and a.passwordHash is not null",
                                Long.class)
                        .setParameter("role", Role.SITE_ADMIN)
                        .getSingleResult();
        if (admins > 0) {
            return Optional.empty();
        }
        Account account =
                byEmail(email)
                        .orElseGet(
                                () -> {
                                    Account created =
                                            new Account(email, "Site admin", Role.SITE_ADMIN);
                                    em.persist(created);
                                    return created;
                                });
        account.setRole(Role.SITE_ADMIN);
        account.setEnabled(true);
        String link =
                mail.link(
                        account, "/account/reset?token=" + issue(account, TokenPurpose.INVITATION));
        mail.send(account, "mail.first-admin", account.getDisplayName(), link);
        return Optional.of(link);
    }

    private String issue(Account account, TokenPurpose purpose) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(account, purpose, digest(token), now()));
        return token;
    }

    private Optional<Account> redeem(String token, List<TokenPurpose> purposes) {
        return find(token, purposes)
                .filter(found -> found.goodAt(now()))
                .map(
                        found -> {
                            found.use(now());
                            return found.getAccount();
                        });
    }

    private Optional<AccountToken> find(String token, List<TokenPurpose> purposes) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select t from AccountToken t join fetch t.account"
                                + " where t.tokenHash = :hash and t.purpose in :purposes",
                        AccountToken.class)
                .setParameter("hash", digest(token))
                .setParameter("purposes", purposes)
                .getResultStream()
                .findFirst();
    }

    /** SHA-256 suffices for a random 256-bit token: there is nothing to guess from its hash. */
    static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireAddress(String email) {
        String normalized = Account.normalized(email);
        if (normalized == null || normalized.isEmpty()) {
            throw new AccountProblem("email", Text.of("account.email.missing"));
        }
        if (normalized.length() > 254 || !normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountProblem("email", Text.of("account.email.invalid", email.strip()));
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new AccountProblem("name", Text.of("account.name.missing"));
        }
        if (name.strip().length() > 100) {
            throw new AccountProblem("name", Text.of("account.name.long", 100));
        }
    }

    private static void requirePassword(char[] password, String email) {
        Passwords.problem(password, email)
                .ifPresent(
                        problem -> {
                            throw new AccountProblem("password", problem);
                        });
    }
}
