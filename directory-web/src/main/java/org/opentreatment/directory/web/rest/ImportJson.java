package org.opentreatment.directory.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.opentreatment.directory.imports.ImportJob;
import org.opentreatment.directory.imports.ImportLabel;

/**
 * An import as the operators' API shows it: where it is, its counts, the source's labels it did not
 * map, and the addresses of what can be done with it next.
 */
public record ImportJson(
        long id,
        String format,
        String state,
        boolean deactivateMissing,
        int files,
        Rows rows,
        Integer expectedRows,
        long problems,
        List<Label> unmappedLabels,
        String startedBy,
        String message,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Links links) {

    /** The counts; done = created + updated + unchanged + rejected. */
    public record Rows(
            int total,
            int done,
            int created,
            int updated,
            int unchanged,
            int rejected,
            int deactivated) {}

    /** A label of the source the import did not map: "unknown" or "not carried". */
    public record Label(String group, String groupName, String label, String kind, int rows) {
        static Label of(ImportLabel l) {
            return new Label(
                    l.getGroupCode(), l.getGroupName(), l.getLabel(), l.getKind(), l.getRowCount());
        }
    }

    public record Links(
            String self,
            String files,
            String start,
            String cancel,
            String problems,
            String problemsCsv) {}

    static ImportJson of(ImportJob job, long problems, List<ImportLabel> labels, String base) {
        String self = base + "/admin/imports/" + job.getId();
        return new ImportJson(
                job.getId(),
                job.getFormat().name().toLowerCase(Locale.ROOT),
                job.getState().name().toLowerCase(Locale.ROOT),
                job.isDeactivateMissing(),
                job.getFileCount(),
                new Rows(
                        job.getTotalRows(),
                        job.getRowsDone(),
                        job.getRowsCreated(),
                        job.getRowsUpdated(),
                        job.getRowsUnchanged(),
                        job.getRowsRejected(),
                        job.getRowsDeactivated()),
                job.getExpectedRows(),
                problems,
                labels.stream().map(Label::of).toList(),
                job.getStartedBy(),
                job.getMessage(),
                job.getCreatedAt(),
                job.getStartedAt(),
                job.getFinishedAt(),
                new Links(
                        self,
                        self + "/files",
                        self + "/start",
                        self + "/cancel",
                        self + "/problems",
                        self + "/problems.csv"));
    }
}
