package org.opentreatment.directory.facility;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;

/**
 * What made a change to listings, recorded with every revision of their history. A transaction that
 * is not an editor's own change says so with {@link #declareFor} before it changes anything; an
 * undeclared one is {@link #EDITOR} when someone is signed in and {@link #SYSTEM} otherwise.
 */
public enum ChangeSource {
    /** Someone signed in changed the listing. */
    EDITOR,
    /** Someone signed in set the listing back to an earlier revision. */
    REVERT,
    /**
     * Someone signed in confirmed that the listing is accurate: its last-verified date is today.
     */
    VERIFY,
    /** An operator's import (locator or CSV). */
    IMPORT,
    /** The directory itself, with no one signed in. */
    SYSTEM;

    /** Declares this source for every listing change of the current transaction. */
    public void declareFor(TransactionSynchronizationRegistry transaction) {
        transaction.putResource(ChangeSource.class, this);
    }

    /** The source the current transaction declared, if it did. */
    public static Optional<ChangeSource> declaredIn(
            TransactionSynchronizationRegistry transaction) {
        return Optional.ofNullable((ChangeSource) transaction.getResource(ChangeSource.class));
    }
}
