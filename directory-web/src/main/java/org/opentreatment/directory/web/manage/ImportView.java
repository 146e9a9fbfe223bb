package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.opentreatment.directory.imports.ImportFormat;
import org.opentreatment.directory.imports.ImportJob;
import org.opentreatment.directory.imports.ImportNotFoundException;
import org.opentreatment.directory.imports.ImportProblem;
import org.opentreatment.directory.imports.ImportRefused;
import org.opentreatment.directory.imports.ImportState;
import org.opentreatment.directory.management.SiteImports;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * The site admins' import page, {@code /manage/import} (a new import: its format, whether listings
 * missing from the files are marked inactive, its files) and {@code /manage/import?id=N} (one
 * import: more files while it takes them, start, its progress polled while it runs, cancel, the
 * counts, and the rejected rows, {@value #PROBLEMS_PAGE} a page and as a CSV file). The import
 * itself runs in the background ({@code ImportService}); its state is in the database, so the page
 * may be reloaded or left. The service ({@link SiteImports}) refuses anyone but a site admin.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PROBLEMS_PAGE = 50;

    /** The latest imports listed on the page without an id. */
    static final int RECENT = 10;

    @EJB private SiteImports imports;

    private String id;
    private String problemsPage;

    private String format = "locator";
    private boolean deactivateMissing;
    // The request's parts: only between the upload's decoding and its action, never kept
    private transient UploadedFiles files;

    private ImportJob job;
    private boolean unknown;
    private int problemsPageNumber;
    private long problemCount;
    private List<ImportProblem> problems = List.of();
    private List<ImportJob> recent = List.of();

    /** The initial GET: the import asked for, or the form for a new one and the latest imports. */
    public void load() {
        OptionalLong asked = Messages.parse(id);
        if (id != null && asked.isEmpty()) {
            unknown = true;
        }
        if (asked.isPresent()) {
            job = imports.find(asked.getAsLong()).orElse(null);
            unknown = job == null;
            problemsPageNumber =
                    (int) Math.max(0, Math.min(Messages.parse(problemsPage).orElse(0), 10_000));
            readResults();
        } else {
            recent = imports.recent(RECENT);
        }
        if (unknown) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void readResults() {
        if (job == null) {
            return;
        }
        problemCount = imports.problemCount(job.getId());
        if ((long) problemsPageNumber * PROBLEMS_PAGE >= problemCount && problemCount > 0) {
            problemsPageNumber = (int) ((problemCount - 1) / PROBLEMS_PAGE);
        }
        problems =
                job.getState().isFinal()
                        ? imports.problems(
                                job.getId(), problemsPageNumber * PROBLEMS_PAGE, PROBLEMS_PAGE)
                        : List.of();
    }

    /** Opens a new import with the chosen format and files; then shows it, ready to start. */
    public String upload() {
        if (!hasFiles()) {
            Messages.say(
                    "upload:files", FacesMessage.SEVERITY_ERROR, Messages.text("import.noFiles"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        ImportFormat chosen = "csv".equals(format) ? ImportFormat.CSV : ImportFormat.LOCATOR;
        try {
            job = imports.open(chosen, deactivateMissing);
        } catch (ImportRefused refused) {
            Messages.say(null, FacesMessage.SEVERITY_ERROR, Messages.text(refused.reason()));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        receiveFiles();
        return redirectToJob();
    }

    /** Adds files to an import that still takes them. */
    public String addFiles() {
        if (!hasFiles()) {
            Messages.say(
                    "upload:files", FacesMessage.SEVERITY_ERROR, Messages.text("import.noFiles"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        job = imports.find(jobId()).orElse(null);
        if (job == null) {
            unknown = true;
            return null;
        }
        receiveFiles();
        return redirectToJob();
    }

    /**
     * The import a postback is about: the form's {@code id} (a view parameter, decoded on postbacks
     * too), not what the view remembers, so that a post is checked by the service like any other.
     */
    private long jobId() {
        return Messages.parse(id).orElse(-1);
    }

    private boolean hasFiles() {
        return files != null
                && files.getFiles() != null
                && files.getFiles().stream().anyMatch(f -> f.getSize() > 0);
    }

    private void receiveFiles() {
        for (UploadedFile file : files.getFiles()) {
            String name = file.getFileName() == null ? "file" : file.getFileName();
            try (InputStream in = file.getInputStream()) {
                int rows = imports.receive(job.getId(), name, in);
                job = imports.find(job.getId()).orElse(job);
                Messages.say(
                        null,
                        FacesMessage.SEVERITY_INFO,
                        Messages.text("import.received", name, rows));
            } catch (ImportRefused refused) {
                Messages.say(
                        null,
                        FacesMessage.SEVERITY_ERROR,
                        name + ": " + Messages.text(refused.reason()));
            } catch (IOException e) {
                Messages.say(
                        null,
                        FacesMessage.SEVERITY_ERROR,
                        name + ": " + Messages.text("import.unreadable"));
            }
        }
        files = null;
    }

    /** Starts the import in the background; the page then follows it. */
    public String start() {
        try {
            job = imports.start(jobId());
            Messages.say(null, FacesMessage.SEVERITY_INFO, Messages.text("import.started"));
        } catch (ImportRefused refused) {
            Messages.say(null, FacesMessage.SEVERITY_ERROR, Messages.text(refused.reason()));
        } catch (ImportNotFoundException gone) {
            unknown = true;
        }
        return redirectToJob();
    }

    public String cancel() {
        try {
            job = imports.cancel(jobId());
            Messages.say(null, FacesMessage.SEVERITY_INFO, Messages.text("import.cancelled"));
        } catch (ImportNotFoundException gone) {
            unknown = true;
        }
        return redirectToJob();
    }

    /**
     * The poll while the import runs: reads its progress; once it has ended, also the parts of the
     * page that change then (its actions, its report) and the poll itself, which stops.
     */
    public void poll() {
        if (job == null) {
            return;
        }
        ImportState before = job.getState();
        job = imports.find(job.getId()).orElse(job);
        if (job.getState() != before) {
            readResults();
            PrimeFaces.current().ajax().update(":job-actions", ":job-results", ":poll-form:poller");
        }
    }

    private String redirectToJob() {
        if (job == null) {
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        String lang = context.getExternalContext().getRequestParameterMap().get("lang");
        return "/manage/import?faces-redirect=true&id="
                + job.getId()
                + (lang == null || !lang.matches("[a-z]{2}") ? "" : "&lang=" + lang);
    }

    /** Whether the page polls: the import is queued or running. */
    public boolean isRunning() {
        return job != null && !job.getState().isFinal() && job.getState() != ImportState.RECEIVING;
    }

    public boolean isReceiving() {
        return job != null && job.getState() == ImportState.RECEIVING;
    }

    public boolean isEnded() {
        return job != null && job.getState().isFinal();
    }

    /** The state's key in the bundle: {@code running}, {@code finished}, ... */
    public String state(ImportJob j) {
        return j.getState().name().toLowerCase(Locale.ROOT);
    }

    public String getStateCode() {
        return job == null ? "" : state(job);
    }

    /** The sentence a screen reader hears as the import goes on. */
    public String getAnnouncement() {
        if (job == null) {
            return "";
        }
        return Messages.text(
                "import.announce",
                Messages.text("import.state." + state(job)),
                job.getRowsDone(),
                job.getTotalRows());
    }

    public int getProgressMax() {
        return Math.max(1, job == null ? 1 : job.getTotalRows());
    }

    public int getProgressValue() {
        return job == null ? 0 : Math.min(job.getRowsDone(), getProgressMax());
    }

    public int getPercent() {
        return (int) Math.floor(100.0 * getProgressValue() / getProgressMax());
    }

    public String when(java.time.Instant instant) {
        return Messages.when(instant);
    }

    public String getProblemsCsvPath() {
        return ImportProblemsServlet.PATH + "?id=" + (job == null ? "" : job.getId());
    }

    public boolean isHasPreviousProblems() {
        return problemsPageNumber > 0;
    }

    public boolean isHasMoreProblems() {
        return (long) (problemsPageNumber + 1) * PROBLEMS_PAGE < problemCount;
    }

    public long getFirstProblem() {
        return problems.isEmpty() ? 0 : (long) problemsPageNumber * PROBLEMS_PAGE + 1;
    }

    public long getLastProblem() {
        return (long) problemsPageNumber * PROBLEMS_PAGE + problems.size();
    }

    public int getProblemsPageNumber() {
        return problemsPageNumber;
    }

    public ImportJob getJob() {
        return job;
    }

    public boolean isUnknown() {
        return unknown;
    }

    public long getProblemCount() {
        return problemCount;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public List<ImportJob> getRecent() {
        return recent;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getProblemsPage() {
        return problemsPage;
    }

    public void setProblemsPage(String problemsPage) {
        this.problemsPage = problemsPage;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public boolean isDeactivateMissing() {
        return deactivateMissing;
    }

    public void setDeactivateMissing(boolean deactivateMissing) {
        this.deactivateMissing = deactivateMissing;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
