package org.opentreatment.directory.management;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.shared.Settings;

/**
 * Stale listings, for site admins: active listings not verified for {@link Settings#STALE_AFTER}
 * (or never), counted and listed a page at a time by the database, oldest first, with whether an
 * account keeps each one; and the reminders to their keepers on demand ({@link StaleReminders}
 * sends them weekly by itself).
 */
@Stateless
// Open to every caller: each method asks ListingAccess, which refuses with an application exception
@PermitAll
public class Staleness {

    public static final int PAGE_SIZE = 50;

    private static final String STALE =
            " from Facility f where f.status = :active"
                    + " and (f.lastVerified is null or f.lastVerified < :cutoff)";

    @PersistenceContext EntityManager em;

    @EJB ListingAccess access;

    @EJB StaleReminders reminders;

    /** The rules as configured ({@link StaleReminders} reads the setting). */
    public StalePolicy policy() {
        return reminders.policy();
    }

    /**
     * One page of stale listings, never verified first, then oldest.
     *
     * @param state a USPS code, or null for every state
     * @param page from 1; past the last page it is empty
     * @throws AccessRefused unless the caller is a site admin
     */
    public StalePage page(String state, int page) {
        access.requireSiteAdmin();
        LocalDate cutoff = policy().cutoff(policy().today());
        int number = Math.max(1, page);
        long total = count(state, cutoff);
        List<Object[]> rows =
                stale(
                                "select f.id, f.name, f.address.city, f.address.state,"
                                        + " f.lastVerified"
                                        + STALE
                                        + (state == null ? "" : " and f.address.state = :state")
                                        + " order by f.lastVerified asc nulls first, f.id",
                                Object[].class,
                                state,
                                cutoff)
                        .setFirstResult((number - 1) * PAGE_SIZE)
                        .setMaxResults(PAGE_SIZE)
                        .getResultList();
        Set<Long> owned = owned(rows.stream().map(row -> (Long) row[0]).toList());
        List<StaleListing> listings =
                rows.stream()
                        .map(
                                row ->
                                        new StaleListing(
                                                (Long) row[0],
                                                (String) row[1],
                                                (String) row[2],
                                                (String) row[3],
                                                (LocalDate) row[4],
                                                owned.contains((Long) row[0])))
                        .toList();
        return new StalePage(listings, total, number, PAGE_SIZE, cutoff);
    }

    /**
     * How many listings are stale, in every state.
     *
     * @throws AccessRefused unless the caller is a site admin
     */
    public long count() {
        access.requireSiteAdmin();
        return count(null, policy().cutoff(policy().today()));
    }

    /**
     * The states that have stale listings, with how many, by code.
     *
     * @throws AccessRefused unless the caller is a site admin
     */
    public List<Tally> states() {
        access.requireSiteAdmin();
        return stale(
                        "select f.address.state, count(f)"
                                + STALE
                                + " group by f.address.state order by f.address.state",
                        Object[].class,
                        null,
                        policy().cutoff(policy().today()))
                .getResultStream()
                .map(row -> new Tally((String) row[0], (Long) row[1]))
                .toList();
    }

    /**
     * Reminds every keeper of stale listings now, as the weekly run does: one e-mail each, about
     * the listings they were not reminded of in the last week.
     *
     * @throws AccessRefused unless the caller is a site admin
     */
    public ReminderRun sendRemindersNow() {
        access.requireSiteAdmin();
        return reminders.run();
    }

    private long count(String state, LocalDate cutoff) {
        return stale(
                        "select count(f)"
                                + STALE
                                + (state == null ? "" : " and f.address.state = :state"),
                        Long.class,
                        state,
                        cutoff)
                .getSingleResult();
    }

    private <T> TypedQuery<T> stale(String jpql, Class<T> type, String state, LocalDate cutoff) {
        TypedQuery<T> query =
                em.createQuery(jpql, type)
                        .setParameter("active", ListingStatus.ACTIVE)
                        .setParameter("cutoff", cutoff);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query;
    }

    private Set<Long> owned(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createQuery(
                                "select distinct f.id from Account a join a.facilities f"
                                        + " where f.id in :ids",
                                Long.class)
                        .setParameter("ids", ids)
                        .getResultList());
    }
}
