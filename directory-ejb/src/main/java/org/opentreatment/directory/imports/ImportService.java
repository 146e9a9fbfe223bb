package org.opentreatment.directory.imports;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.opentreatment.directory.shared.Text;

/**
 * The boundary for imports of listings, for the operators' API today and the site admins' import
 * page later: open an import, send it its files (several pages make one import), start it, follow
 * its progress, read its report, cancel it. The rows are imported in the background by {@link
 * ImportRunner}; everything an import knows is in the database, so any node can answer for it and a
 * restart resumes it.
 */
@Stateless
public class ImportService {

    /** The most rows one import takes, across its files. */
    public static final int MAX_ROWS = 250_000;

    /** Rows staged per flush while a file is read. */
    static final int FLUSH_EVERY = 500;

    static final int PROBLEMS_PAGE = 1_000;

    @PersistenceContext EntityManager em;

    @EJB ImportWorker worker;

    @EJB ImportRunner runner;

    /** Opens an import that takes files until it is started. */
    public ImportJob open(
            @NotNull ImportFormat format, boolean deactivateMissing, String startedBy) {
        if (deactivateMissing && format != ImportFormat.LOCATOR) {
            throw new ImportRefused(Text.of("import.deactivateNeedsLocator"));
        }
        ImportJob job = new ImportJob(format, deactivateMissing, startedBy);
        em.persist(job);
        return job;
    }

    /**
     * Reads one file of an import and stages its rows. A file that is not of the import's format
     * stages nothing: the exception says why.
     *
     * @return how many rows the file held
     * @throws ImportRefused if the file cannot be read as the import's format, or the import no
     *     longer takes files
     */
    public int receive(long jobId, @NotNull String fileName, @NotNull InputStream file) {
        ImportJob job = get(jobId);
        if (job.getState() != ImportState.RECEIVING) {
            throw new ImportRefused(
                    Text.of(
                            "import.notReceiving",
                            job.getState().name().toLowerCase(java.util.Locale.ROOT)));
        }
        String name = fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        int first = job.getTotalRows();
        int[] staged = {0};
        Integer sourceTotal =
                RowFormat.of(job.getFormat())
                        .stage(
                                file,
                                (fileRow, key, content) -> {
                                    if (first + staged[0] >= MAX_ROWS) {
                                        throw new ImportRefused(
                                                Text.of("import.tooManyRows", MAX_ROWS));
                                    }
                                    if (content.length() > StagedRow.MAX_CONTENT_LENGTH) {
                                        throw new ImportRefused(
                                                Text.of(
                                                        "import.rowTooLong",
                                                        fileRow,
                                                        StagedRow.MAX_CONTENT_LENGTH));
                                    }
                                    em.persist(
                                            new StagedRow(
                                                    jobId,
                                                    first + staged[0],
                                                    name,
                                                    fileRow,
                                                    key,
                                                    content));
                                    if (++staged[0] % FLUSH_EVERY == 0) {
                                        em.flush();
                                        em.clear();
                                    }
                                });
        em.flush();
        em.clear();
        get(jobId).received(staged[0], sourceTotal);
        return staged[0];
    }

    /**
     * Starts importing the staged rows in the background.
     *
     * @throws ImportRefused if there is nothing to import, another import runs, or the files miss
     *     pages of an export whose missing listings are to be marked inactive
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob start(long jobId) {
        ImportJob job = worker.queue(jobId);
        runner.run(jobId);
        return job;
    }

    /** Cancels an import that has not ended; what it imported stays. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob cancel(long jobId) {
        return worker.cancel(jobId);
    }

    public Optional<ImportJob> find(long jobId) {
        return Optional.ofNullable(em.find(ImportJob.class, jobId));
    }

    public ImportJob get(long jobId) {
        return find(jobId).orElseThrow(() -> new ImportNotFoundException(jobId));
    }

    /** The latest imports, newest first. */
    public List<ImportJob> recent(int max) {
        return em.createQuery("select j from ImportJob j order by j.id desc", ImportJob.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** What was wrong with the import's rows, in file and row order. */
    public List<ImportProblem> problems(long jobId, int first, int max) {
        get(jobId);
        return em.createQuery(
                        "select p from ImportProblem p where p.jobId = :job"
                                + " order by p.fileName, p.fileRow, p.id",
                        ImportProblem.class)
                .setParameter("job", jobId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** The whole report as CSV, to download: file, row, field, value, reason. */
    public void writeProblemsCsv(long jobId, OutputStream out) throws IOException {
        CSVPrinter csv =
                new CSVPrinter(
                        new OutputStreamWriter(out, StandardCharsets.UTF_8), CsvFormat.FORMAT);
        csv.printRecord("file", "row", "field", "value", "reason");
        for (int first = 0; ; first += PROBLEMS_PAGE) {
            List<ImportProblem> page = problems(jobId, first, PROBLEMS_PAGE);
            for (ImportProblem p : page) {
                csv.printRecord(
                        inert(p.getFileName()),
                        p.getFileRow(),
                        p.getField(),
                        inert(p.getValue()),
                        p.getReason());
            }
            em.clear();
            if (page.size() < PROBLEMS_PAGE) {
                break;
            }
        }
        csv.flush();
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    /**
     * A value as a spreadsheet shows it without running it: the report is read in spreadsheets, and
     * a rejected row's value is whatever the file held, "=HYPERLINK(...)" too. A value that a
     * spreadsheet would take for a formula gets an apostrophe before it; numbers stay as they are.
     */
    static String inert(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    public long problemCount(long jobId) {
        return em.createQuery(
                        "select count(p) from ImportProblem p where p.jobId = :job", Long.class)
                .setParameter("job", jobId)
                .getSingleResult();
    }

    /** The source's labels the import did not map, the most frequent first. */
    public List<ImportLabel> labels(long jobId) {
        get(jobId);
        return em.createQuery(
                        "select l from ImportLabel l where l.jobId = :job"
                                + " order by l.kind desc, l.rowCount desc, l.groupCode, l.label",
                        ImportLabel.class)
                .setParameter("job", jobId)
                .getResultList();
    }
}
