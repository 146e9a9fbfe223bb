package org.opentreatment.directory.management;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;

/**
 * What changed between two states of a listing, field by field, as {@link ListingField} sees it.
 */
final class ListingDiff {

    /**
     * The fields the history records: every listing field but the sample flag, which the directory
     * sets for itself (Facility's {@code @NotAudited} fields). Only these are compared and
     * reverted.
     */
    static final Set<ListingField> RECORDED = EnumSet.complementOf(EnumSet.of(ListingField.SAMPLE));

    private ListingDiff() {}

    /**
     * The recorded fields that differ, in {@link ListingField}'s order.
     *
     * @param before the earlier state, or null when there is none (every field with a value is new)
     */
    static List<FieldChange> between(Facility before, Facility after) {
        List<FieldChange> changes = new ArrayList<>();
        for (ListingField field : RECORDED) {
            String now = field.format(after);
            if (before == null) {
                if (!now.isEmpty()) {
                    changes.add(new FieldChange(field, "", now));
                }
            } else if (!field.sameIn(before, after)) {
                changes.add(new FieldChange(field, field.format(before), now));
            }
        }
        return changes;
    }
}
