package org.opentreatment.directory.imports.locator;

/** What became of one label of a locator service group. */
public record LabelOutcome(String groupCode, String groupName, String label, Kind kind) {

    public enum Kind {
        /** It set something on the listing, or is known to mean nothing there. */
        MAPPED,
        /** Known, and deliberately not stored by the directory's model. */
        NOT_CARRIED,
        /** Not known: an unknown group, or an unknown label in a group the model carries. */
        UNKNOWN
    }
}
