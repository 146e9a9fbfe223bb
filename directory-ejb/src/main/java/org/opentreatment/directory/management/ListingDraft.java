package org.opentreatment.directory.management;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;

/**
 * One listing being edited: the listing as it was when the editing began ({@link #original()}),
 * with the version it had then, and the editor's copy ({@link #edited()}), which the form changes.
 * What the editor changed is the difference between the two, field by field ({@link ListingField}),
 * so a save applies only that, and a conflict can name what someone else changed meanwhile.
 *
 * <p>Both copies are in the form's terms: coordinates that are only the ZIP code's centre are left
 * empty, as the form shows them, so leaving them empty changes nothing and a new ZIP code gets its
 * own centre.
 */
public final class ListingDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What the editor may change: every field but what the directory keeps for itself (whether it
     * is a generated sample, when it was last verified) or derives (whether the coordinates are a
     * ZIP code's centre).
     */
    public static final Set<ListingField> EDITABLE =
            EnumSet.complementOf(
                    EnumSet.of(
                            ListingField.SAMPLE,
                            ListingField.LAST_VERIFIED,
                            ListingField.LOCATION_APPROXIMATE));

    private final long id;
    private final long version;
    private final Facility original;
    private final Facility edited;

    private ListingDraft(long id, long version, Facility original, Facility edited) {
        this.id = id;
        this.version = version;
        this.original = original;
        this.edited = edited;
    }

    /** A draft of a stored listing, nothing changed yet. */
    public static ListingDraft of(Facility stored) {
        return of(stored.getId(), stored.getVersion(), stored);
    }

    static ListingDraft of(long id, long version, Facility stored) {
        return new ListingDraft(id, version, form(stored), form(stored));
    }

    /**
     * A copy of a listing's editable fields as the form shows them: coordinates that are only the
     * ZIP code's centre left empty.
     */
    public static Facility form(Facility listing) {
        Facility form = new Facility();
        EDITABLE.forEach(field -> field.copy(listing, form));
        if (listing.isLocationApproximate()) {
            form.setLatitude(null);
            form.setLongitude(null);
        }
        return form;
    }

    /** The editable fields in which two listings (in the form's terms) differ, in field order. */
    public static List<ListingField> differences(Facility before, Facility after) {
        return EDITABLE.stream().filter(field -> !field.sameIn(before, after)).toList();
    }

    public long id() {
        return id;
    }

    /** The version of the listing this draft began from: a save of an older one is a conflict. */
    public long version() {
        return version;
    }

    /** The listing as it was when this draft began; never changed. */
    public Facility original() {
        return original;
    }

    /** The editor's copy, which the form changes. */
    public Facility edited() {
        return edited;
    }

    /** For the form's bindings: {@code #{view.draft.edited.name}}. */
    public Facility getEdited() {
        return edited;
    }

    /**
     * The fields the editor changed, with text tidied as the listing would store it ({@code " "} is
     * no name, {@code " Main St "} is {@code "Main St"}).
     */
    public List<ListingField> changes() {
        return differences(original, tidied(edited));
    }

    /** The editor's copy with text as the listing stores it: stripped, blank as none. */
    Facility tidiedEdit() {
        return tidied(edited);
    }

    private static Facility tidied(Facility edit) {
        Facility tidy = new Facility();
        EDITABLE.forEach(field -> field.copy(edit, tidy));
        return tidy;
    }

    /**
     * A new draft from the listing as someone else saved it, with this draft's own changes made
     * again on top: the fields this editor changed take this editor's values, every other field
     * keeps the other person's. Its original is the other person's listing, so saving it succeeds
     * unless yet another save came first.
     */
    public ListingDraft reappliedOnto(ListingConflict conflict) {
        Facility current = conflict.current();
        Facility edit = form(current);
        Facility mine = tidied(edited);
        changes().forEach(field -> field.copy(mine, edit));
        return new ListingDraft(id, conflict.currentVersion(), form(current), edit);
    }
}
