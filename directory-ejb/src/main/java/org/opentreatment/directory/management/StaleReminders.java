package org.opentreatment.directory.management;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.account.Account;
import org.opentreatment.directory.account.AccountMail;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.startup.SchemaReady;
import org.opentreatment.directory.startup.StartupOrder;

/**
 * The weekly reminder to the keepers of stale listings ({@link StalePolicy}): each account bound to
 * stale listings gets one e-mail a run, in its language, naming those listings with a link to
 * confirm each ({@code /manage/verify?id=N}), and nothing about anyone else. A listing is named to
 * the same account at most once a week ({@code listing_reminder}), and only after the e-mail went.
 *
 * <p>It runs every Monday at 06:00 (server time) and, after a start, once a few minutes later if
 * the last run ({@code stale_reminder_run}) is a week old or more: a week missed while the server
 * was down is made up. A run locks the one row of {@code stale_reminder_run}, so runs on several
 * nodes sharing the database, and a site admin's "send reminders now", follow one another.
 */
@Singleton
// No container lock: a run holds the database row lock instead, and pages may read the policy
// while one sends
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class StaleReminders {

    private static final Logger LOG = Logger.getLogger(StaleReminders.class.getName());

    /** After a start, the catch-up waits this long, so that deploying is not held up by mail. */
    static final Duration CATCH_UP_DELAY = Duration.ofMinutes(2);

    @PersistenceContext EntityManager em;

    @Inject AccountMail mail;

    @Resource TimerService timers;

    @Inject
    @ConfigProperty(name = Settings.STALE_AFTER, defaultValue = "P12M")
    String staleAfter;

    private StalePolicy policy;

    @PostConstruct
    void readPolicy() {
        Period period =
                StalePolicy.parse(staleAfter)
                        .orElseGet(
                                () -> {
                                    LOG.warning(
                                            Settings.STALE_AFTER
                                                    + " is not an ISO-8601 period such as P12M:"
                                                    + " listings are stale after 12 months");
                                    return StalePolicy.DEFAULT_STALE_AFTER;
                                });
        policy = new StalePolicy(period, ZoneId.systemDefault());
    }

    public StalePolicy policy() {
        return policy;
    }

    @Schedule(
            dayOfWeek = "Mon",
            hour = "6",
            minute = "0",
            persistent = false,
            info = "stale-listing reminders")
    void weekly() {
        remind(false);
    }

    /** Plans the catch-up of a missed week, a little after the start. */
    public void afterStart(@Observes @Priority(StartupOrder.STALE_REMINDERS) SchemaReady ready) {
        timers.createSingleActionTimer(
                CATCH_UP_DELAY.toMillis(),
                new TimerConfig("stale-listing reminders, catch-up", false));
    }

    @Timeout
    void catchUp() {
        remind(true);
    }

    /** Reminds now (the stale page's button; {@link Staleness} checks the caller). */
    public ReminderRun run() {
        return remind(false);
    }

    private ReminderRun remind(boolean onlyIfOverdue) {
        LocalDate today = policy.today();
        Instant lastRun = lockRun();
        if (onlyIfOverdue && !policy.runOverdue(lastRun, today)) {
            return new ReminderRun(0, 0, 0);
        }
        Set<List<Long>> remindedLately = remindedSince(policy.remindedBefore(today));
        Map<Account, List<String[]>> due = new LinkedHashMap<>();
        Map<Account, List<Long>> dueIds = new LinkedHashMap<>();
        for (Object[] row :
                em.createQuery(
                                "select a, f.id, f.name from Account a join a.facilities f"
                                        + " where f.status = :active"
                                        + " and (f.lastVerified is null or f.lastVerified < :cutoff)"
                                        + " and a.enabled = true and a.emailVerified = true"
                                        + " and a.passwordHash is not null"
                                        + " order by a.id, f.name, f.id",
                                Object[].class)
                        .setParameter("active", ListingStatus.ACTIVE)
                        .setParameter("cutoff", policy.cutoff(today))
                        .getResultList()) {
            Account account = (Account) row[0];
            long facilityId = (Long) row[1];
            if (remindedLately.contains(List.of(account.getId(), facilityId))) {
                continue;
            }
            due.computeIfAbsent(account, a -> new ArrayList<>())
                    .add(
                            new String[] {
                                (String) row[2],
                                mail.link(account, "/manage/verify?id=" + facilityId)
                            });
            dueIds.computeIfAbsent(account, a -> new ArrayList<>()).add(facilityId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int owners = 0;
        int listings = 0;
        int failed = 0;
        for (Map.Entry<Account, List<String[]>> entry : due.entrySet()) {
            Account account = entry.getKey();
            boolean sent =
                    mail.send(
                            account,
                            "mail.stale-reminder",
                            account.getDisplayName(),
                            StalePolicy.listingLines(entry.getValue()));
            if (!sent) {
                failed++;
                continue;
            }
            owners++;
            for (long facilityId : dueIds.get(account)) {
                recordReminder(account.getId(), facilityId, now);
                listings++;
            }
        }
        em.createNativeQuery("update stale_reminder_run set last_run = :now where id = 1")
                .setParameter("now", now)
                .executeUpdate();
        LOG.info(
                String.format(
                        "Stale-listing reminders: %d accounts e-mailed about %d listings%s",
                        owners, listings, failed == 0 ? "" : ", " + failed + " e-mails not sent"));
        return new ReminderRun(owners, listings, failed);
    }

    /** Waits for any other run to end, and answers when the last one was (null: never). */
    private Instant lockRun() {
        List<?> rows =
                em.createNativeQuery(
                                "select last_run from stale_reminder_run where id = 1 for update")
                        .getResultList();
        return rows.isEmpty() ? null : instant(rows.get(0));
    }

    private Set<List<Long>> remindedSince(Instant since) {
        Set<List<Long>> pairs = new HashSet<>();
        for (Object row :
                em.createNativeQuery(
                                "select account_id, facility_id from listing_reminder"
                                        + " where reminded_at >= :since")
                        .setParameter("since", since.atOffset(ZoneOffset.UTC))
                        .getResultList()) {
            Object[] columns = (Object[]) row;
            pairs.add(
                    List.of(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()));
        }
        return pairs;
    }

    private void recordReminder(long accountId, long facilityId, OffsetDateTime now) {
        int updated =
                em.createNativeQuery(
                                "update listing_reminder set reminded_at = :now"
                                        + " where account_id = :account and facility_id = :facility")
                        .setParameter("now", now)
                        .setParameter("account", accountId)
                        .setParameter("facility", facilityId)
                        .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery(
                            "insert into listing_reminder (account_id, facility_id, reminded_at)"
                                    + " values (:account, :facility, :now)")
                    .setParameter("account", accountId)
                    .setParameter("facility", facilityId)
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("last_run is a " + value.getClass().getName());
    }
}
