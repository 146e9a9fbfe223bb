package org.opentreatment.directory.imports;

/** The shapes of file an import reads. */
public enum ImportFormat {
    /** SAMHSA's FindTreatment.gov locator export, JSON pages of {@code rows[]}. */
    LOCATOR,
    /**
     * The directory's own CSV layout (docs/data-exchange.md), as {@link ListingExport} writes it.
     */
    CSV
}
