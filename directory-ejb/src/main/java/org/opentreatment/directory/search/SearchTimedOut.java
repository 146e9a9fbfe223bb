package org.opentreatment.directory.search;

import jakarta.ejb.ApplicationException;

/**
 * The index did not answer within the time limit ({@code directory.search.time-limit-millis}): the
 * search is stopped rather than left to hold a thread, and the person is told to narrow it.
 */
@ApplicationException
public class SearchTimedOut extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchTimedOut(Throwable cause) {
        super("The search took longer than its time limit", cause);
    }
}
