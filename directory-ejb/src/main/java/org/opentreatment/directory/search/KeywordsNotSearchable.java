package org.opentreatment.directory.search;

import jakarta.ejb.ApplicationException;

/**
 * The keywords use a syntax the index cannot run (an unclosed phrase in some backends, too many
 * expansions): the person's input, not our failure, so it is answered as a problem with the
 * keywords and never logged as an error.
 */
@ApplicationException
public class KeywordsNotSearchable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeywordsNotSearchable(Throwable cause) {
        super("The keywords could not be searched", cause);
    }
}
