package org.opentreatment.directory.management;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import org.opentreatment.directory.facility.ChangeSource;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityNotFoundException;

/**
 * "This listing is still accurate": its keeper (or a site admin) confirms it, and its last-verified
 * date becomes today. The change goes through the entity like any edit, so the history records it
 * (as {@link ChangeSource#VERIFY}, by the signed-in account) and the search index takes the new
 * date at commit.
 */
@Stateless
// Open to every caller: ListingAccess decides, and refuses with an application exception
@PermitAll
public class Verification {

    @PersistenceContext EntityManager em;

    @EJB ListingAccess access;

    @Resource TransactionSynchronizationRegistry transaction;

    /**
     * The listing to confirm, as its keeper sees it.
     *
     * @throws ListingAccessRefused if the caller may not edit it (also when there is no such
     *     listing: the caller learns nothing about other listings)
     */
    public Facility listing(long facilityId) {
        access.requireMayEdit(facilityId);
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new FacilityNotFoundException(facilityId);
        }
        return facility;
    }

    /**
     * Sets the listing's last-verified date to today (the server's day). Confirming it again the
     * same day changes nothing and records nothing.
     *
     * @return the listing as confirmed
     * @throws ListingAccessRefused if the caller may not edit the listing
     */
    public Facility confirm(long facilityId) {
        Facility facility = listing(facilityId);
        LocalDate today = LocalDate.now();
        if (!today.equals(facility.getLastVerified())) {
            ChangeSource.VERIFY.declareFor(transaction);
            facility.setLastVerified(today);
            em.flush();
        }
        return facility;
    }
}
