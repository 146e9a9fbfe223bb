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
        boolean sample,
        String matchedName,
        String matchedServices) {

    /** Marks around a matched word in {@link #matchedName} and {@link #matchedServices}. */
    public static final String MATCH_START = "\u0002";

    public static final String MATCH_END = "\u0003";

    /** A piece of a text with matched words: the words, and whether they matched. */
    public record Segment(String text, boolean matched) {}

    static FacilityHit of(FacilitySummary s, Double distanceMiles, MatchedWords words) {
        return of(s, distanceMiles).withMatches(words, s.services());
    }

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
                s.sample(),
                null,
                null);
    }

    /** The hit with the words of a keyword search marked in its name and services. */
    FacilityHit withMatches(MatchedWords words, String services) {
        if (words.none()) {
            return this;
        }
        return new FacilityHit(
                id,
                name,
                slug,
                street1,
                street2,
                city,
                state,
                zip,
                phone,
                latitude,
                longitude,
                distanceMiles,
                dualDiagnosis,
                medications,
                medicaid,
                languages,
                acceptingNewPatients,
                lastVerified,
                sample,
                words.mark(name),
                words.markServices(services));
    }

    /** The name in pieces, its matched words marked; the plain name when nothing in it matched. */
    public List<Segment> nameSegments() {
        return matchedName == null ? List.of(new Segment(name, false)) : segments(matchedName);
    }

    /** The piece of the services text that matched, in pieces; empty when none did. */
    public List<Segment> servicesSegments() {
        return matchedServices == null ? List.of() : segments(matchedServices);
    }

    static List<Segment> segments(String marked) {
        List<Segment> segments = new java.util.ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(MATCH_START, at);
            if (start < 0) {
                segments.add(new Segment(marked.substring(at), false));
                break;
            }
            if (start > at) {
                segments.add(new Segment(marked.substring(at, start), false));
            }
            int end = marked.indexOf(MATCH_END, start);
            int stop = end < 0 ? marked.length() : end;
            segments.add(new Segment(marked.substring(start + 1, stop), true));
            at = end < 0 ? marked.length() : end + 1;
        }
        return segments;
    }

    private static <E extends Enum<E>> List<E> sorted(List<E> values) {
        return values.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(values));
    }

    /** The distance rounded to a tenth of a mile, as pages show it, or null without a location. */
    public Double roundedMiles() {
        return distanceMiles == null ? null : Math.round(distanceMiles * 10) / 10.0;
    }
}
