package org.opentreatment.directory.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.Payment;

/**
 * One facility in a result list, with its distance in miles from the searched point (null when the
 * search had no location), whether it takes Medicaid, and the languages besides English it offers
 * care in (the vocabulary has no English: every listing speaks it).
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
        boolean medicaid,
        List<Language> languages,
        boolean acceptingNewPatients,
        LocalDate lastVerified,
        boolean sample) {

    static FacilityHit of(FacilitySummary s, Double distanceMiles) {
        // Index projections of multi-valued fields come back in indexing order: sort for display.
        List<Medication> medications = sorted(s.medications());
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
                s.payments().contains(Payment.MEDICAID),
                sorted(s.languages()),
                s.acceptingNewPatients(),
                s.lastVerified(),
                s.sample());
    }

    private static <E extends Enum<E>> List<E> sorted(List<E> values) {
        return values.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(values));
    }

    /** The distance rounded to a tenth of a mile, as pages show it, or null without a location. */
    public Double roundedMiles() {
        return distanceMiles == null ? null : Math.round(distanceMiles * 10) / 10.0;
    }
}
