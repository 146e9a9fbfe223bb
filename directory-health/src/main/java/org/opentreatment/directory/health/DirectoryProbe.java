package org.opentreatment.directory.health;

/**
 * What the directory reports about itself to the readiness checks. The EJB module implements it as
 * an EJB, so each call runs in that module's context, whichever thread the server polls on.
 */
public interface DirectoryProbe {

    /** Whether the start-up work that needs the database (migration, index check) has run. */
    boolean started();

    /** Whether the database answers a trivial query within a couple of seconds. */
    boolean databaseAnswers();

    /**
     * How many documents the search index holds.
     *
     * @throws RuntimeException if the index cannot answer
     */
    long indexedDocuments();
}
