package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.management.FieldChange;
import org.opentreatment.directory.management.ListingAccessRefused;
import org.opentreatment.directory.management.ListingChange;
import org.opentreatment.directory.management.ListingHistory;
import org.opentreatment.directory.management.RevisionNotFound;

/**
 * A listing's change history, at {@code /manage/history.xhtml?id=N}: every revision newest first,
 * and setting the listing back to one of them after a confirmation. The services decide who may see
 * it; a refusal is answered 403 with a message, and so is an id that is no listing (the page does
 * not say which).
 */
@Named("listingHistory")
@ViewScoped
public class ListingHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ListingHistory history;

    @EJB private FacilityService facilities;

    private String id;
    private long facilityId;
    private String listingName;
    private List<ListingChange> changes = List.of();
    private boolean refused;
    private Long confirming;

    /** The initial GET: the listing's history, or 403 for someone who may not see it. */
    public void load() {
        OptionalLong parsed = parse(id);
        if (parsed.isEmpty()) {
            refuse();
            return;
        }
        facilityId = parsed.getAsLong();
        try {
            changes = history.history(facilityId);
            listingName = facilities.find(facilityId).map(f -> f.getName()).orElse(null);
        } catch (ListingAccessRefused e) {
            refuse();
        }
    }

    /** The first step of a revert: asks to confirm. */
    public void askRevert(long revision) {
        confirming = revision;
    }

    public void cancelRevert() {
        confirming = null;
    }

    /** Sets the listing back to the revision being confirmed, and shows the history again. */
    public void revert() {
        if (confirming == null) {
            return;
        }
        long revision = confirming;
        confirming = null;
        try {
            OptionalLong recorded = history.revert(facilityId, revision);
            inform(
                    recorded.isPresent()
                            ? MessageFormat.format(
                                    message("history.reverted"), revision, recorded.getAsLong())
                            : MessageFormat.format(message("history.revertedNothing"), revision));
            changes = history.history(facilityId);
        } catch (ListingAccessRefused e) {
            refuse();
        } catch (RevisionNotFound e) {
            inform(MessageFormat.format(message("history.noSuchRevision"), revision));
        }
    }

    /** When the change was made, in the page's language and the server's time zone. */
    public String when(ListingChange change) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale())
                .withZone(ZoneId.systemDefault())
                .format(change.at());
    }

    /** Who made the change: the account's name (or number), else what made it. */
    public String who(ListingChange change) {
        if (change.accountName() != null) {
            return change.accountName();
        }
        if (change.accountId() != null) {
            return MessageFormat.format(message("history.who.account"), change.accountId());
        }
        return message("history.source." + change.source().name());
    }

    /** Why, when it was not an editor's own change: "Import", "Revert", ... */
    public String source(ListingChange change) {
        return message("history.source." + change.source().name());
    }

    /**
     * A field's label: the editor's ({@code manage.field.<column>}) where the bundle has one, else
     * its column name.
     */
    public String label(FieldChange change) {
        ListingField field = change.field();
        ResourceBundle bundle = bundle();
        String key = "manage.field." + field.column();
        return bundle.containsKey(key) ? bundle.getString(key) : field.column();
    }

    public String value(String text) {
        return text.isEmpty() ? message("history.empty") : text;
    }

    private void refuse() {
        refused = true;
        changes = List.of();
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
    }

    private static void inform(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static OptionalLong parse(String id) {
        try {
            return id == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    private static String message(String key) {
        return bundle().getString(key);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getFacilityId() {
        return facilityId;
    }

    public String getListingName() {
        return listingName;
    }

    public List<ListingChange> getChanges() {
        return changes;
    }

    public boolean isRefused() {
        return refused;
    }

    public Long getConfirming() {
        return confirming;
    }
}
