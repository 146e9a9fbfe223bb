package org.opentreatment.directory.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A label of the source that the import did not map onto the directory's vocabularies, with how
 * many rows carried it, so that nothing is dropped silently: an unknown label is a wording to add,
 * a label "not carried" one the directory deliberately does not keep.
 */
@Entity
@Table(name = "import_label")
@IdClass(ImportLabel.Key.class)
public class ImportLabel {

    @Id
    @Column(name = "job_id")
    private long jobId;

    @Id
    @Column(name = "group_code", length = 20)
    private String groupCode;

    @Id
    @Column(name = "label", length = 500)
    private String label;

    @Column(name = "group_name", length = 200)
    private String groupName;

    /** "unknown", or "not carried" for a label the directory knows but does not keep. */
    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    protected ImportLabel() {}

    ImportLabel(long jobId, String groupCode, String groupName, String label, String kind) {
        this.jobId = jobId;
        this.kind = kind;
        this.groupCode = groupCode;
        this.groupName = groupName;
        this.label = label;
    }

    void add(int rows) {
        rowCount += rows;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getLabel() {
        return label;
    }

    public String getKind() {
        return kind;
    }

    public int getRowCount() {
        return rowCount;
    }

    /** The composite key, as JPA's {@code @IdClass} wants it. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long jobId;
        private String groupCode;
        private String label;

        public Key() {}

        public Key(long jobId, String groupCode, String label) {
            this.jobId = jobId;
            this.groupCode = groupCode;
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.jobId == jobId
                    && Objects.equals(k.groupCode, groupCode)
                    && Objects.equals(k.label, label);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, groupCode, label);
        }
    }
}
