package org.opentreatment.directory.management;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.opentreatment.directory.imports.ImportFormat;
import org.opentreatment.directory.imports.ImportJob;
import org.opentreatment.directory.imports.ImportProblem;
import org.opentreatment.directory.imports.ImportService;

/**
 * Imports of listings for the site admins' import page: the same {@link ImportService} that the
 * operators' API uses, with the caller checked on every call (site admins only, {@link
 * ListingAccess}); the operators' API has its own role on its resource.
 */
@Stateless
// Open to every caller: each method checks who calls (see ReportQueue)
@PermitAll
public class SiteImports {

    @EJB ListingAccess access;

    @EJB ImportService imports;

    /** Opens an import, started by the calling site admin (recorded by account id). */
    public ImportJob open(@NotNull ImportFormat format, boolean deactivateMissing) {
        long me = access.requireSiteAdmin();
        return imports.open(format, deactivateMissing, Long.toString(me));
    }

    /** Stages one file's rows; see {@link ImportService#receive}. */
    public int receive(long jobId, @NotNull String fileName, @NotNull InputStream file) {
        access.requireSiteAdmin();
        return imports.receive(jobId, fileName, file);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob start(long jobId) {
        access.requireSiteAdmin();
        return imports.start(jobId);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob cancel(long jobId) {
        access.requireSiteAdmin();
        return imports.cancel(jobId);
    }

    public Optional<ImportJob> find(long jobId) {
        access.requireSiteAdmin();
        return imports.find(jobId);
    }

    public List<ImportJob> recent(int max) {
        access.requireSiteAdmin();
        return imports.recent(max);
    }

    public List<ImportProblem> problems(long jobId, int first, int max) {
        access.requireSiteAdmin();
        return imports.problems(jobId, first, max);
    }

    public long problemCount(long jobId) {
        access.requireSiteAdmin();
        return imports.problemCount(jobId);
    }

    /** The import's report as CSV; see {@link ImportService#writeProblemsCsv}. */
    public void writeProblemsCsv(long jobId, OutputStream out) throws IOException {
        access.requireSiteAdmin();
        imports.get(jobId);
        imports.writeProblemsCsv(jobId, out);
    }
}
