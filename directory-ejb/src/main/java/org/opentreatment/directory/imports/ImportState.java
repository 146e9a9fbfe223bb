package org.opentreatment.directory.imports;

/** Where an import is. Only {@link #RECEIVING} takes files; the last four are final. */
public enum ImportState {
    /** Created; its files are being sent. */
    RECEIVING,
    /** Started, waiting for the worker. */
    QUEUED,
    /** Its rows are being imported. */
    RUNNING,
    /** Every row was imported or rejected. */
    FINISHED,
    /** Cancelled by an operator: the rows imported so far stay, the rest were not imported. */
    CANCELLED,
    /** It could not go on (see its message); the rows imported so far stay. */
    FAILED;

    public boolean isFinal() {
        return this == FINISHED || this == CANCELLED || this == FAILED;
    }
}
