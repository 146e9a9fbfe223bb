package org.opentreatment.directory.management;

/** What a claim asks for. */
public enum ClaimKind {
    /** To keep a listing already in the directory. */
    EXISTING
}
