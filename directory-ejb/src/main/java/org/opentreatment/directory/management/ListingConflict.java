package org.opentreatment.directory.management;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;

/**
 * Someone else saved the listing after this editor began: nothing was saved, so nothing they
 * changed is overwritten. Carries the listing as it is now (in the form's terms, see {@link
 * ListingDraft#form}) and the fields they changed, for the editor to see and then make their own
 * changes again ({@link ListingDraft#reappliedOnto}).
 */
@ApplicationException(rollback = true)
public class ListingConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long facilityId;
    private final long currentVersion;
    private final Facility current;
    private final List<ListingField> changedByOthers;

    public ListingConflict(
            long facilityId,
            long currentVersion,
            Facility current,
            List<ListingField> changedByOthers) {
        super(
                "Listing "
                        + facilityId
                        + " was saved by someone else meanwhile, changing "
                        + changedByOthers,
                null,
                false,
                false);
        this.facilityId = facilityId;
        this.currentVersion = currentVersion;
        this.current = current;
        this.changedByOthers = List.copyOf(changedByOthers);
    }

    public long facilityId() {
        return facilityId;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** The listing as saved now, in the form's terms. */
    public Facility current() {
        return current;
    }

    /**
     * The fields in which the saved listing differs from the one this editor began with, in field
     * order; empty when the other save changed nothing the editor shows.
     */
    public List<ListingField> changedByOthers() {
        return changedByOthers;
    }
}
