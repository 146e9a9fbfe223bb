package org.opentreatment.directory.management;

import jakarta.ejb.ApplicationException;

/** The revision asked for is not one of this listing's: nothing was changed. */
@ApplicationException(rollback = true)
public class RevisionNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RevisionNotFound(long facilityId, long revision) {
        super("Listing " + facilityId + " has no revision " + revision, null, false, false);
    }
}
