package org.opentreatment.directory.availability;

import jakarta.ejb.ApplicationException;

/**
 * The directory cannot answer truthfully yet: it was deployed while the database was down and its
 * start-up work has not run, so an empty result may only mean an index that is not built. Pages and
 * the API answer it as "temporarily unavailable", never as "no facilities found". An application
 * exception, so the EJB container passes it on as it is instead of logging it as a failure.
 */
@ApplicationException
public class NotReadyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotReadyException(String message) {
        super(message);
    }
}
