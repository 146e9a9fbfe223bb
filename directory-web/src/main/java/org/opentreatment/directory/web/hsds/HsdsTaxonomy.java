package org.opentreatment.directory.web.hsds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.opentreatment.directory.facility.Accreditation;
import org.opentreatment.directory.facility.AgeGroup;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityOperation;
import org.opentreatment.directory.facility.Gender;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.LanguageService;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.Payment;
import org.opentreatment.directory.facility.PaymentAssistance;
import org.opentreatment.directory.facility.Pharmacotherapy;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.facility.ServiceSetting;
import org.opentreatment.directory.facility.SpecialGroup;
import org.opentreatment.directory.facility.TreatmentApproach;
import org.opentreatment.directory.facility.TypeOfCare;

/**
 * The one taxonomy this API publishes: our SAMHSA-based vocabulary, a parent term per vocabulary
 * (its key, such as {@code medication}, as code) and a term per value (its SAMHSA code, such as
 * {@code BU}, as code), plus a group of the directory's own listing terms (OTP, walk-ins, sample
 * listing, ...). Listing status is not a term: it is {@code service.status}. Labels are English,
 * the vocabularies' own. Built once; ids are name-based ({@link HsdsIds#named}), so stable.
 */
public final class HsdsTaxonomy {

    static final String NAME = "Open Treatment Directory vocabulary (SAMHSA treatment locator)";
    static final String DESCRIPTION =
            "The service vocabularies of SAMHSA's treatment locator (FindTreatment.gov) and its"
                    + " N-SUMHSS survey, as this directory describes listings with them: a parent"
                    + " term per vocabulary, a term per value with its SAMHSA code as code; and"
                    + " the directory's own listing terms (group 'listing').";
    static final String VERSION = "1";
    static final UUID ID = HsdsIds.named("taxonomy:samhsa");

    /** The group of the directory's own terms, which no SAMHSA vocabulary has. */
    static final String LISTING = "listing";

    static final String SAMPLE = "sample";

    /** A term of the taxonomy: a vocabulary (no parent) or one of its values. */
    public record Term(UUID id, String group, String code, String name, String description) {
        boolean isGroup() {
            return code.equals(group);
        }

        UUID parentId() {
            return isGroup() ? null : groupId(group);
        }
    }

    /** A vocabulary: its key, its English name, and the values a listing has of it. */
    record Group(
            String key,
            String label,
            Class<? extends SamhsaCoded> vocabulary,
            Function<Facility, Collection<? extends SamhsaCoded>> values) {}

    static final List<Group> GROUPS =
            List.of(
                    group(
                            "type-of-care",
                            "Type of care",
                            TypeOfCare.class,
                            Facility::getTypesOfCare),
                    group(
                            "service-setting",
                            "Service setting",
                            ServiceSetting.class,
                            Facility::getServiceSettings),
                    group(
                            "medication",
                            "Medications for opioid use disorder",
                            Medication.class,
                            Facility::getMedications),
                    group(
                            "pharmacotherapy",
                            "Pharmacotherapies",
                            Pharmacotherapy.class,
                            Facility::getPharmacotherapies),
                    group(
                            "treatment-approach",
                            "Treatment approaches",
                            TreatmentApproach.class,
                            Facility::getTreatmentApproaches),
                    group("payment", "Payment accepted", Payment.class, Facility::getPayments),
                    group(
                            "payment-assistance",
                            "Payment assistance",
                            PaymentAssistance.class,
                            Facility::getPaymentAssistance),
                    group(
                            "special-group",
                            "Special programs and groups",
                            SpecialGroup.class,
                            Facility::getSpecialGroups),
                    group(
                            "age-group",
                            "Age groups accepted",
                            AgeGroup.class,
                            Facility::getAgeGroups),
                    group("gender", "Gender accepted", Gender.class, Facility::getGenders),
                    group(
                            "language-service",
                            "Language services",
                            LanguageService.class,
                            Facility::getLanguageServices),
                    group("language", "Languages spoken", Language.class, Facility::getLanguages),
                    group(
                            "facility-operation",
                            "Facility operation",
                            FacilityOperation.class,
                            f -> f.getOperation() == null ? Set.of() : Set.of(f.getOperation())),
                    group(
                            "accreditation",
                            "Licenses and accreditation",
                            Accreditation.class,
                            Facility::getAccreditations));

    /** The directory's own terms: code, name, description. */
    private static final List<String[]> LISTING_TERMS =
            List.of(
                    new String[] {
                        "otp",
                        "Opioid Treatment Program (OTP)",
                        "A federally certified Opioid Treatment Program: the only setting that may"
                                + " dispense methadone for opioid use disorder."
                    },
                    new String[] {
                        "accepts-prescribed-medication",
                        "Accepts clients on medication prescribed elsewhere",
                        "Accepts clients who take medication for opioid use disorder prescribed by"
                                + " another provider."
                    },
                    new String[] {
                        "accepting-new-patients",
                        "Accepting new patients",
                        "The facility says it is accepting new patients."
                    },
                    new String[] {
                        "walk-in", "Walk-ins welcome", "Someone may come without an appointment."
                    },
                    new String[] {
                        "dual-diagnosis",
                        "Dual diagnosis (co-occurring mental health)",
                        "Care for co-occurring substance use and mental illness: type of care SUMH"
                                + " or special group CO."
                    },
                    new String[] {
                        "approximate-location",
                        "Approximate location",
                        "The coordinates are the centre of the listing's ZIP code, because the"
                                + " source gave none."
                    },
                    new String[] {
                        SAMPLE,
                        "Sample listing",
                        "Generated for demonstration, not a real facility. Do not call."
                    });

    private static final Map<UUID, Term> TERMS = build();

    private HsdsTaxonomy() {}

    private static Group group(
            String key,
            String label,
            Class<? extends SamhsaCoded> vocabulary,
            Function<Facility, Collection<? extends SamhsaCoded>> values) {
        return new Group(key, label, vocabulary, values);
    }

    private static Map<UUID, Term> build() {
        Map<UUID, Term> terms = new LinkedHashMap<>();
        for (Group g : GROUPS) {
            put(
                    terms,
                    new Term(
                            groupId(g.key()),
                            g.key(),
                            g.key(),
                            g.label(),
                            g.label() + ": a vocabulary of SAMHSA's treatment locator."));
            for (SamhsaCoded value : g.vocabulary().getEnumConstants()) {
                put(
                        terms,
                        new Term(
                                termId(g.key(), value.code()),
                                g.key(),
                                value.code(),
                                value.label(),
                                value.label()
                                        + " ("
                                        + g.label()
                                        + ", SAMHSA code "
                                        + value.code()
                                        + ")."));
            }
        }
        put(
                terms,
                new Term(
                        groupId(LISTING),
                        LISTING,
                        LISTING,
                        "Listing",
                        "What the directory itself says of a listing."));
        for (String[] t : LISTING_TERMS) {
            put(terms, new Term(termId(LISTING, t[0]), LISTING, t[0], t[1], t[2]));
        }
        return Collections.unmodifiableMap(terms);
    }

    private static void put(Map<UUID, Term> terms, Term term) {
        if (terms.putIfAbsent(term.id(), term) != null) {
            throw new IllegalStateException("two terms with the id of " + term);
        }
    }

    static UUID groupId(String group) {
        return HsdsIds.named("term:" + group);
    }

    static UUID termId(String group, String code) {
        return HsdsIds.named("term:" + group + ":" + code);
    }

    /** Every term, each vocabulary followed by its values, in a fixed order. */
    static List<Term> terms() {
        return new ArrayList<>(TERMS.values());
    }

    static HsdsJson.Taxonomy taxonomy() {
        return new HsdsJson.Taxonomy(ID, NAME, DESCRIPTION, VERSION);
    }

    static HsdsJson.TaxonomyTerm json(Term t) {
        return new HsdsJson.TaxonomyTerm(
                t.id(), t.code(), t.name(), t.description(), t.parentId(), NAME, "en", ID);
    }

    static Optional<Term> term(UUID id) {
        return Optional.ofNullable(TERMS.get(id));
    }

    static Term term(String group, String code) {
        return TERMS.get(termId(group, code));
    }

    /** The terms that describe this listing, vocabulary by vocabulary, then the listing's own. */
    static List<Term> termsOf(Facility f) {
        List<Term> terms = new ArrayList<>();
        for (Group g : GROUPS) {
            g.values().apply(f).stream()
                    .map(v -> (SamhsaCoded) v)
                    .sorted((a, b) -> ((Enum<?>) a).ordinal() - ((Enum<?>) b).ordinal())
                    .forEach(v -> terms.add(term(g.key(), v.code())));
        }
        Stream.of(
                        f.isOpioidTreatmentProgram() ? "otp" : null,
                        f.isAcceptsClientsOnPrescribedMedication()
                                ? "accepts-prescribed-medication"
                                : null,
                        f.isAcceptingNewPatients() ? "accepting-new-patients" : null,
                        f.isWalkIn() ? "walk-in" : null,
                        f.isDualDiagnosis() ? "dual-diagnosis" : null,
                        f.isLocationApproximate() ? "approximate-location" : null,
                        f.isSample() ? SAMPLE : null)
                .filter(code -> code != null)
                .forEach(code -> terms.add(term(LISTING, code)));
        return terms;
    }
}
