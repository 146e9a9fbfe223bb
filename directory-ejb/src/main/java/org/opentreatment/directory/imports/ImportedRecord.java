package org.opentreatment.directory.imports;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.imports.locator.LabelOutcome;

/**
 * One staged row read back: the listing it describes (a draft, never persisted itself), which
 * fields the row carries (the others stay as they are on an existing listing), how to find the
 * listing again, what could not be read, and the source's labels that were not mapped.
 *
 * @param uuid the listing's own id when the row gives it (CSV), else null
 * @param externalSource with externalId, the source's reference, or null
 */
record ImportedRecord(
        Facility draft,
        Set<ListingField> carried,
        UUID uuid,
        String externalSource,
        String externalId,
        List<ListingProblem> problems,
        List<LabelOutcome> labels) {

    boolean hasExternalReference() {
        return externalSource != null && externalId != null;
    }
}
