package org.opentreatment.directory.management;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.opentreatment.directory.account.Role;

/**
 * Who may see and change which listing, from the caller the container knows (the account's id,
 * never an address): a site admin any, a facility admin the listings bound to their account, anyone
 * else none. A refusal is logged with the account's and the listing's ids only, for whoever looks
 * into an attempt to reach someone else's listing.
 */
@Stateless
@DeclareRoles({Role.SITE_ADMIN_GROUP, Role.FACILITY_ADMIN_GROUP, Role.OPERATOR_GROUP})
// Anyone may ask; the answer is decided here. Without it WildFly denies every call in a deployment
// with a security domain: a bean with security metadata (@DeclareRoles) and a method without
// permissions is refused (ejb3 default-missing-method-permissions-deny-access). A refusal here is
// an application exception and one warning line, not the container's EJBAccessException and a
// stack trace.
@PermitAll
public class ListingAccess {

    private static final Logger LOG = Logger.getLogger(ListingAccess.class.getName());

    @Resource SessionContext context;

    @PersistenceContext EntityManager em;

    /** The signed-in account's id, if the caller is signed in. */
    public OptionalLong callerId() {
        return accountIdOf(context.getCallerPrincipal());
    }

    /** The account a caller principal stands for: its name is the id ("anonymous" is none). */
    static OptionalLong accountIdOf(Principal caller) {
        String name = caller == null ? null : caller.getName();
        if (name == null || !name.matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(name));
    }

    public boolean siteAdmin() {
        return callerId().isPresent() && context.isCallerInRole(Role.SITE_ADMIN_GROUP);
    }

    /** Whether the caller may see and change this listing. */
    public boolean mayEdit(long facilityId) {
        OptionalLong caller = callerId();
        if (caller.isEmpty()) {
            return false;
        }
        if (context.isCallerInRole(Role.SITE_ADMIN_GROUP)) {
            return true;
        }
        return context.isCallerInRole(Role.FACILITY_ADMIN_GROUP)
                && em.createQuery(
                                        "select count(a) from Account a join a.facilities f"
                                                + " where a.id = :account and f.id = :facility"
                                                + " and a.enabled = true",
                                        Long.class)
                                .setParameter("account", caller.getAsLong())
                                .setParameter("facility", facilityId)
                                .getSingleResult()
                        > 0;
    }

    /**
     * Refuses (and logs, by ids) a caller who may not change this listing.
     *
     * @throws ListingAccessRefused unless {@link #mayEdit} says yes
     */
    public void requireMayEdit(long facilityId) {
        if (!mayEdit(facilityId)) {
            LOG.warning(
                    String.format(
                            "Refused: account %s may not see or change listing %d",
                            callerId().isPresent()
                                    ? Long.toString(callerId().getAsLong())
                                    : "(none)",
                            facilityId));
            throw new ListingAccessRefused(facilityId);
        }
    }

    /**
     * Refuses (and logs, by account id) a caller who is not a site admin.
     *
     * @throws AccessRefused unless the caller is a signed-in site admin
     */
    public long requireSiteAdmin() {
        return requireRole(Role.SITE_ADMIN_GROUP);
    }

    /**
     * Refuses (and logs, by account id) a caller who is not a facility admin.
     *
     * @throws AccessRefused unless the caller is a signed-in facility admin
     */
    public long requireFacilityAdmin() {
        return requireRole(Role.FACILITY_ADMIN_GROUP);
    }

    private long requireRole(String role) {
        OptionalLong caller = callerId();
        if (caller.isEmpty() || !context.isCallerInRole(role)) {
            LOG.warning(
                    String.format(
                            "Refused: account %s is not a %s",
                            caller.isPresent() ? Long.toString(caller.getAsLong()) : "(none)",
                            role));
            throw new AccessRefused("Not a " + role);
        }
        return caller.getAsLong();
    }

    /** The ids of the listings bound to the caller's account (a site admin's too, if any). */
    public List<Long> ownListingIds() {
        OptionalLong caller = callerId();
        if (caller.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select f.id from Account a join a.facilities f where a.id = :account"
                                + " order by f.name",
                        Long.class)
                .setParameter("account", caller.getAsLong())
                .getResultList();
    }
}
