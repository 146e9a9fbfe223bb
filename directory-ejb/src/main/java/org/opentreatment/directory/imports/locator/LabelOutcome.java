package org.opentreatment.directory.imports.locator;

/** What became of one label of a locator service group. */
public record LabelOutcome(String groupCode, String groupName, String label, Kind kind) {
    public enum Kind {
        MAPPED,
        NOT_CARRIED,
        UNKNOWN
    }
}
