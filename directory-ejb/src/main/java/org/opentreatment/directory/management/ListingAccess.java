package org.opentreatment.directory.management;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
// Anyone may ask: each method decides from the caller itself. Without it WildFly denies every
// method of a bean with security metadata (@DeclareRoles) that names no permission
// (default-missing-method-permissions-deny-access).
@PermitAll
@DeclareRoles({Role.SITE_ADMIN_GROUP, Role.FACILITY_ADMIN_GROUP, Role.OPERATOR_GROUP})
public class ListingAccess {

    private static final Logger LOG = Logger.getLogger(ListingAccess.class.getName());

    @Resource SessionContext context;

    @PersistenceContext EntityManager em;

    /** The signed-in account's id, if the caller is signed in. */
    public OptionalLong callerId() {
        String name =
                context.getCallerPrincipal() == null
                        ? null
                        : context.getCallerPrincipal().getName();
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
