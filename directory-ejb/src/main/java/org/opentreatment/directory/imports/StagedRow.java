package org.opentreatment.directory.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One row of an import's files as received, waiting to be imported: a locator record's JSON, or a
 * CSV record as a JSON object of column to value. Kept until the import ends.
 */
@Entity
@Table(name = "import_row")
@IdClass(StagedRow.Key.class)
public class StagedRow {

    /** Enough for any real record: a locator row is a few kilobytes. */
    public static final int MAX_CONTENT_LENGTH = 200_000;

    public static final int MAX_KEY_LENGTH = 100;

    @Id
    @Column(name = "job_id")
    private long jobId;

    @Id
    @Column(name = "row_index")
    private int rowIndex;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    /** The row's number in its file, counted as the operator sees it (the first record is 1). */
    @Column(name = "file_row", nullable = false)
    private int fileRow;

    @Column(name = "record_key", length = MAX_KEY_LENGTH)
    private String recordKey;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "content", nullable = false, length = MAX_CONTENT_LENGTH)
    private String content;

    protected StagedRow() {}

    StagedRow(
            long jobId,
            int rowIndex,
            String fileName,
            int fileRow,
            String recordKey,
            String content) {
        this.jobId = jobId;
        this.rowIndex = rowIndex;
        this.fileName = fileName;
        this.fileRow = fileRow;
        this.recordKey = recordKey;
        this.content = content;
    }

    void done() {
        done = true;
    }

    public long getJobId() {
        return jobId;
    }

    public int getRowIndex() {
        return rowIndex;
    }

    public String getFileName() {
        return fileName;
    }

    public int getFileRow() {
        return fileRow;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public String getContent() {
        return content;
    }

    /** The composite key, as JPA's {@code @IdClass} wants it. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long jobId;
        private int rowIndex;

        public Key() {}

        public Key(long jobId, int rowIndex) {
            this.jobId = jobId;
            this.rowIndex = rowIndex;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.jobId == jobId && k.rowIndex == rowIndex;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(jobId) * 31 + rowIndex;
        }
    }
}
