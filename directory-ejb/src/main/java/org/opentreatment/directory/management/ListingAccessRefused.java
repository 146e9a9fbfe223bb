package org.opentreatment.directory.management;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not see or change this listing: it is not one of theirs. Pages and the API answer
 * it as "not found or not yours" (403), without saying whether the listing exists.
 */
@ApplicationException(rollback = true)
public class ListingAccessRefused extends AccessRefused {

    private static final long serialVersionUID = 1L;

    private final long facilityId;

    public ListingAccessRefused(long facilityId) {
        super("Listing " + facilityId + " is not the caller's");
        this.facilityId = facilityId;
    }

    public long facilityId() {
        return facilityId;
    }
}
