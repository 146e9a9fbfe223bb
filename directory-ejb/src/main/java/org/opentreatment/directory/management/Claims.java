package org.opentreatment.directory.management;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opentreatment.directory.account.Account;
import org.opentreatment.directory.account.AccountMail;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.shared.Text;

/**
 * Claims: a facility admin asks to keep a listing; a site admin approves (the listing is bound to
 * the account, and the account may change it from then on) or rejects with a reason, which the
 * requester reads on their page and in an e-mail. Only a facility admin claims; only a site admin
 * decides: the roles are checked here ({@link ListingAccess}), whatever page or request calls.
 */
@Stateless
// Open to every caller: the methods check who calls themselves (a refusal is an application
// exception and one warning line, not the container's EJBAccessException and a stack trace)
@PermitAll
public class Claims {

    @PersistenceContext EntityManager em;

    @EJB ListingAccess access;

    @Inject AccountMail mail;

    /**
     * Asks to keep this listing.
     *
     * @throws ClaimRefused if the listing is unknown, already the caller's, or claimed by the
     *     caller already and not yet decided
     */
    public ListingClaim claim(long facilityId, String note) {
        Account me = em.find(Account.class, access.requireFacilityAdmin());
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new ClaimRefused(Text.of("claim.unknownListing", facilityId));
        }
        if (me.getFacilities().contains(facility)) {
            throw new ClaimRefused(Text.of("claim.alreadyYours", facility.getName()));
        }
        if (pendingClaim(me, facility).isPresent()) {
            throw new ClaimRefused(Text.of("claim.alreadyAsked", facility.getName()));
        }
        requireNoteFits(note);
        ListingClaim claim = new ListingClaim(me, facility, ClaimKind.EXISTING, note);
        em.persist(claim);
        return claim;
    }

    /** The caller's claims, newest first. */
    public List<ListingClaim> mine() {
        return em.createQuery(
                        "select c from ListingClaim c left join fetch c.facility"
                                + " where c.account.id = :me"
                                + " order by c.createdAt desc, c.id desc",
                        ListingClaim.class)
                .setParameter(
                        "me",
                        access.callerId().orElseThrow(() -> new AccessRefused("Not signed in")))
                .getResultList();
    }

    /** Claims waiting for a decision, oldest first (at most 200), for site admins. */
    public List<ListingClaim> pending() {
        access.requireSiteAdmin();
        return em.createQuery(
                        "select c from ListingClaim c join fetch c.account left join fetch c.facility"
                                + " where c.status = :pending order by c.createdAt, c.id",
                        ListingClaim.class)
                .setParameter("pending", ClaimStatus.PENDING)
                .setMaxResults(200)
                .getResultList();
    }

    public long pendingCount() {
        access.requireSiteAdmin();
        return em.createQuery(
                        "select count(c) from ListingClaim c where c.status = :pending", Long.class)
                .setParameter("pending", ClaimStatus.PENDING)
                .getSingleResult();
    }

    /**
     * Approves a waiting claim: the listing becomes the requester's to keep (and, if they submitted
     * it, public), and they are told by e-mail.
     */
    public ListingClaim approve(long claimId) {
        long siteAdmin = access.requireSiteAdmin();
        ListingClaim claim = waiting(claimId);
        Facility facility = claim.getFacility();
        if (facility == null) {
            throw new ClaimRefused(Text.of("claim.listingGone", claim.getListingName()));
        }
        claim.getAccount().getFacilities().add(facility);
        claim.decide(ClaimStatus.APPROVED, null, siteAdmin);
        mail.send(
                claim.getAccount(),
                "mail.claim-approved",
                claim.getAccount().getDisplayName(),
                claim.getListingName(),
                mail.link(claim.getAccount(), "/manage/claims"));
        return claim;
    }

    /** Rejects a waiting claim with a reason the requester reads; a reason is required. */
    public ListingClaim reject(long claimId, String reason) {
        long siteAdmin = access.requireSiteAdmin();
        if (reason == null || reason.isBlank()) {
            throw new ClaimRefused(Text.of("claim.reasonMissing"));
        }
        requireNoteFits(reason);
        ListingClaim claim = waiting(claimId);
        claim.decide(ClaimStatus.REJECTED, reason, siteAdmin);
        mail.send(
                claim.getAccount(),
                "mail.claim-rejected",
                claim.getAccount().getDisplayName(),
                claim.getListingName(),
                claim.getReason(),
                mail.link(claim.getAccount(), "/manage/claims"));
        return claim;
    }

    /** One claim, for the site admin deciding it (with its listing and requester). */
    public ListingClaim get(long claimId) {
        access.requireSiteAdmin();
        return em.createQuery(
                        "select c from ListingClaim c join fetch c.account left join fetch c.facility"
                                + " where c.id = :id",
                        ListingClaim.class)
                .setParameter("id", claimId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ClaimRefused(Text.of("claim.unknown", claimId)));
    }

    private ListingClaim waiting(long claimId) {
        ListingClaim claim = em.find(ListingClaim.class, claimId);
        if (claim == null) {
            throw new ClaimRefused(Text.of("claim.unknown", claimId));
        }
        if (claim.getStatus() != ClaimStatus.PENDING) {
            throw new ClaimRefused(Text.of("claim.decidedAlready", claim.getListingName()));
        }
        return claim;
    }

    private Optional<ListingClaim> pendingClaim(Account account, Facility facility) {
        return em.createQuery(
                        "select c from ListingClaim c where c.account = :account"
                                + " and c.facility = :facility and c.status = :pending",
                        ListingClaim.class)
                .setParameter("account", account)
                .setParameter("facility", facility)
                .setParameter("pending", ClaimStatus.PENDING)
                .getResultStream()
                .findFirst();
    }

    private static void requireNoteFits(String text) {
        if (text != null && text.strip().length() > ListingClaim.MAX_TEXT) {
            throw new ClaimRefused(Text.of("claim.tooLong", ListingClaim.MAX_TEXT));
        }
    }
}
