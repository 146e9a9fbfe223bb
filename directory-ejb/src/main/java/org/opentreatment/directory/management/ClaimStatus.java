package org.opentreatment.directory.management;

/** Where a claim stands. */
public enum ClaimStatus {
    PENDING,
    APPROVED,
    REJECTED
}
