package org.opentreatment.directory.facility;

import jakarta.ejb.ApplicationException;

/** No listing has the requested id. Not a system error: the caller answers "not found". */
@ApplicationException(rollback = true)
public class FacilityNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public FacilityNotFoundException(long id) {
        super("No facility has the id " + id);
        this.id = id;
    }

    public long getId() {
        return id;
    }
}
