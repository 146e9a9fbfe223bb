package org.opentreatment.directory.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.opentreatment.directory.shared.AbstractEntity;

/**
 * One import of listings: its files' rows are staged, then imported in the background in chunks,
 * each chunk in one transaction with these counts, so the counts always say what the database
 * holds, across page reloads and server restarts.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends AbstractEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_MESSAGE_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 20)
    private ImportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ImportState state = ImportState.RECEIVING;

    /** At the end, mark the source's active listings that no row named inactive. */
    @Column(name = "deactivate_missing", nullable = false)
    private boolean deactivateMissing;

    @Column(name = "file_count", nullable = false)
    private int fileCount;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    /** How many records the source says its whole export holds (the locator's recordCount). */
    @Column(name = "expected_rows")
    private Integer expectedRows;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    /** Every staged row below this index is done: where the next chunk starts looking. */
    @Column(name = "next_row", nullable = false)
    private int nextRow;

    @Column(name = "rows_created", nullable = false)
    private int rowsCreated;

    @Column(name = "rows_updated", nullable = false)
    private int rowsUpdated;

    @Column(name = "rows_unchanged", nullable = false)
    private int rowsUnchanged;

    @Column(name = "rows_rejected", nullable = false)
    private int rowsRejected;

    @Column(name = "rows_deactivated", nullable = false)
    private int rowsDeactivated;

    /** The operator's account name; nothing else about them. */
    @Column(name = "started_by", length = 100)
    private String startedBy;

    @Column(name = "message", length = MAX_MESSAGE_LENGTH)
    private String message;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {}

    public ImportJob(ImportFormat format, boolean deactivateMissing, String startedBy) {
        this.format = format;
        this.deactivateMissing = deactivateMissing;
        this.startedBy = startedBy;
    }

    void received(int rows, Integer sourceTotal) {
        fileCount++;
        totalRows += rows;
        if (sourceTotal != null) {
            expectedRows = sourceTotal;
        }
    }

    void queue() {
        state = ImportState.QUEUED;
        startedAt = now();
    }

    void run() {
        state = ImportState.RUNNING;
    }

    void counted(RowOutcome outcome) {
        rowsDone++;
        switch (outcome) {
            case CREATED -> rowsCreated++;
            case UPDATED -> rowsUpdated++;
            case UNCHANGED -> rowsUnchanged++;
            case REJECTED -> rowsRejected++;
        }
    }

    void chunkDone(int lastRowIndex) {
        nextRow = lastRowIndex + 1;
    }

    int getNextRow() {
        return nextRow;
    }

    void deactivated(int count) {
        rowsDeactivated += count;
    }

    void end(ImportState finalState, String why) {
        state = finalState;
        message =
                why == null || why.length() <= MAX_MESSAGE_LENGTH
                        ? why
                        : why.substring(0, MAX_MESSAGE_LENGTH);
        finishedAt = now();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public ImportFormat getFormat() {
        return format;
    }

    public ImportState getState() {
        return state;
    }

    public boolean isDeactivateMissing() {
        return deactivateMissing;
    }

    public int getFileCount() {
        return fileCount;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public Integer getExpectedRows() {
        return expectedRows;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public int getRowsCreated() {
        return rowsCreated;
    }

    public int getRowsUpdated() {
        return rowsUpdated;
    }

    public int getRowsUnchanged() {
        return rowsUnchanged;
    }

    public int getRowsRejected() {
        return rowsRejected;
    }

    public int getRowsDeactivated() {
        return rowsDeactivated;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getMessage() {
        return message;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** What became of one row. */
    public enum RowOutcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }
}
