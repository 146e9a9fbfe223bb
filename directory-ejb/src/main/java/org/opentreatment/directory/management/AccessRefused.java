package org.opentreatment.directory.management;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this: not signed in, or without the role. An application exception, not the
 * container's EJBAccessException, so a refusal is one warning line (by {@link ListingAccess}),
 * never an error with a stack trace; pages and the API answer 403.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String message) {
        super(message, null, false, false);
    }
}
