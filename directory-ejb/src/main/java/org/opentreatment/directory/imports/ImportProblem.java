package org.opentreatment.directory.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Why a row was not imported, one per field: the file and row, the field, the value as given and
 * the reason, in English (the report is for operators).
 */
@Entity
@Table(name = "import_problem")
public class ImportProblem {

    static final int MAX_VALUE_LENGTH = 500;
    static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_problem")
    @SequenceGenerator(
            name = "import_problem",
            sequenceName = "import_problem_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_row", nullable = false)
    private int fileRow;

    @Column(name = "field", nullable = false, length = 100)
    private String field;

    @Column(name = "field_value", length = MAX_VALUE_LENGTH)
    private String value;

    @Column(name = "reason", nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    protected ImportProblem() {}

    ImportProblem(
            long jobId, String fileName, int fileRow, String field, String value, String reason) {
        this.jobId = jobId;
        this.fileName = fileName;
        this.fileRow = fileRow;
        this.field = cut(field, 100);
        this.value = value == null ? null : cut(value, MAX_VALUE_LENGTH);
        this.reason = cut(reason, MAX_REASON_LENGTH);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    public String getFileName() {
        return fileName;
    }

    public int getFileRow() {
        return fileRow;
    }

    public String getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }
}
