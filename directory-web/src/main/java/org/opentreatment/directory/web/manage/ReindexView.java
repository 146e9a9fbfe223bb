package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opentreatment.directory.management.SiteIndexing;
import org.opentreatment.directory.search.IndexProgress;
import org.primefaces.PrimeFaces;

/**
 * The site admins' re-index page, {@code /manage/reindex}: start a rebuild of the search index from
 * the database (refused, saying so, while one runs) and follow it, polled while it runs: listings
 * indexed of how many, when it started and finished, and a failure if there was one. The service
 * ({@link SiteIndexing}) refuses anyone but a site admin.
 */
@Named
@ViewScoped
public class ReindexView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private SiteIndexing indexing;

    private IndexProgress progress;

    public void load() {
        progress = indexing.progress();
    }

    public void start() {
        if (indexing.start()) {
            Messages.say(null, FacesMessage.SEVERITY_INFO, Messages.text("reindex.started"));
        } else {
            Messages.say(null, FacesMessage.SEVERITY_ERROR, Messages.text("reindex.running"));
        }
        progress = indexing.progress();
    }

    /** The poll while it runs; when it has ended, the button and the poll are shown anew. */
    public void poll() {
        boolean wasRunning = isRunning();
        progress = indexing.progress();
        if (wasRunning && !isRunning()) {
            PrimeFaces.current().ajax().update(":reindex-form", ":poll-form:poller");
        }
    }

    public boolean isRunning() {
        return progress != null && progress.running();
    }

    public boolean isStarted() {
        return progress != null && progress.started() != null;
    }

    public boolean isFinished() {
        return progress != null && progress.finished() != null;
    }

    public long getIndexed() {
        return progress == null ? 0 : progress.indexed();
    }

    public long getTotal() {
        return progress == null ? 0 : progress.total();
    }

    public long getProgressMax() {
        return Math.max(1, getTotal());
    }

    public long getProgressValue() {
        return Math.min(getIndexed(), getProgressMax());
    }

    public String getStartedAt() {
        return progress == null ? "" : Messages.when(progress.started());
    }

    public String getFinishedAt() {
        return progress == null ? "" : Messages.when(progress.finished());
    }

    public String getFailure() {
        return progress == null ? null : progress.failure();
    }

    /** Seconds it took, once finished. */
    public String getTook() {
        return progress == null || progress.tookMillis() == null
                ? ""
                : String.format(Messages.locale(), "%.1f", progress.tookMillis() / 1000.0);
    }

    /** The sentence a screen reader hears as it goes on. */
    public String getAnnouncement() {
        if (!isStarted()) {
            return "";
        }
        return Messages.text(
                isRunning()
                        ? "reindex.announce.running"
                        : getFailure() != null
                                ? "reindex.announce.failed"
                                : "reindex.announce.finished",
                getIndexed(),
                getTotal());
    }
}
