package org.opentreatment.directory.imports;

import jakarta.ejb.ApplicationException;

/** No import has this id. */
@ApplicationException(rollback = true)
public class ImportNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportNotFoundException(long id) {
        super("No import has the id " + id, null, false, false);
    }
}
