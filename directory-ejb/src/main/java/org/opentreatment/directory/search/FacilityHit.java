package org.opentreatment.directory.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.opentreatment.directory.facility.Medication;

/**
 * One facility in a result list, with its distance in miles from the searched point (null when the
 * search had no location).
 */
public record FacilityHit(
        long id,
        String name,
        String slug,
        String street1,
        String street2,
        String city,
        String state,
        String zip,
        String phone,
        double latitude,
        double longitude,
        Double distanceMiles,
        boolean dualDiagnosis,
        List<Medication> medications,
        boolean acceptingNewPatients,
        LocalDate lastVerified,
        boolean sample) {

    static FacilityHit of(FacilitySummary s, Double distanceMiles) {
        // Index projections of multi-valued fields come back in indexing order: sort for display.
        List<Medication> medications =
                s.medications().isEmpty()
                        ? List.of()
                        : List.copyOf(EnumSet.copyOf(s.medications()));
        return new FacilityHit(
                s.id(),
                s.name(),
                s.slug(),
                s.street1(),
                s.street2(),
                s.city(),
                s.state(),
                s.zip(),
                s.phone(),
                s.location().latitude(),
                s.location().longitude(),
                distanceMiles,
                s.dualDiagnosis(),
                medications,
                s.acceptingNewPatients(),
                s.lastVerified(),
                s.sample());
    }

    /** "2.4 miles away", "0.3 miles away", "1 mile away". */
    public String distanceLabel() {
        if (distanceMiles == null) {
            return "";
        }
        double rounded = Math.round(distanceMiles * 10) / 10.0;
        return rounded == 1.0
                ? "1 mile away"
                : String.format(java.util.Locale.US, "%.1f miles away", rounded);
    }
}
