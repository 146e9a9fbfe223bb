package org.opentreatment.directory.imports.locator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.opentreatment.directory.facility.SamhsaCodes;
import org.opentreatment.directory.facility.ServiceSetting;
import org.opentreatment.directory.facility.SpecialGroup;
import org.opentreatment.directory.facility.TreatmentApproach;
import org.opentreatment.directory.facility.TypeOfCare;
import org.opentreatment.directory.imports.locator.LabelOutcome.Kind;

/**
 * What the service groups of a FindTreatment.gov locator record ({@code services[]} of {@code {f1:
 * group name, f2: group code, f3: "label; label"}}) and its {@code typeFacility} mean for a
 * listing. The export carries labels, not codes, so each label is looked up among the wordings of
 * the vocabulary its group feeds ({@link SamhsaCodes#fromLabel}, which ignores case, spacing and
 * punctuation); a group is found by its code, or by its name when the code is not one we know.
 *
 * <p>The groups and labels are those of the locator's 2019 export (its sample in {@code
 * /work/shared/data}, every label of which the tests require to be known), with the older wordings
 * of SAMHSA's 2015 National Directory codes file and of the earlier locator. Each label comes out
 * {@linkplain Kind#MAPPED mapped}, {@linkplain Kind#NOT_CARRIED not carried} (a group or label this
 * model deliberately does not store: screening, assessment, ancillary services, funding sources
 * other than our payment codes, ...; see the list below) or {@linkplain Kind#UNKNOWN unknown}, so
 * the importer can report what it could not place rather than drop it.
 *
 * <p>To teach it a new wording:
 *
 * <ul>
 *   <li>Another wording of a vocabulary value: add it to that constant's alternative labels (the
 *       {@code Term} in the enum), with a comment naming the export that uses it if it is not
 *       obvious. Every group that feeds the vocabulary then knows it.
 *   <li>A label that sets something other than its group's vocabulary, or that is known to mean
 *       nothing: a rule of that group here ({@code labels(...)}).
 *   <li>A label or group the model should not store: {@code notCarrying(...)} of its group, or a
 *       {@code notCarried} group.
 *   <li>In every case, a line in {@code LocatorServiceGroupsTest}'s table.
 * </ul>
 */
public final class LocatorServiceGroups {

    private static final List<Group> GROUPS =
            List.of(
                    carried(
                            "TC",
                            "Type of Care",
                            vocabulary(TypeOfCare.class, Facility::getTypesOfCare)),
                    // The 2019 export lists telehealth among the settings; our model as care.
                    carried(
                            "SET",
                            "Service Settings (e.g., Outpatient, Residential, Inpatient etc.)",
                            vocabulary(ServiceSetting.class, Facility::getServiceSettings)
                                    .or(only(TypeOfCare.TELEHEALTH, Facility::getTypesOfCare))),
                    carried("OT", "Type of Opioid Treatment", opioidTreatment())
                            // Pain management and emergency dosing are not treatment of OUD.
                            .notCarrying(
                                    "Use methadone/buprenorphine for pain management or emergency"
                                            + " dosing"),
                    carried(
                            "OM",
                            "Opioid Medications used in Treatment",
                            vocabulary(Medication.class, Facility::getMedications)),
                    carried("PHR", "Pharmacotherapies", LocatorServiceGroups::pharmacotherapy)
                            .notCarrying(
                                    "Nicotine replacement therapy",
                                    "Non-nicotine smoking/tobacco cessation medications"),
                    // The mental health survey's approaches that have no code of ours.
                    carried("TAP", "Treatment Approaches", treatmentApproaches())
                            .notCarrying(
                                    "Activity therapy",
                                    "Behavior modification",
                                    "Couples/family therapy",
                                    "Electroconvulsive therapy",
                                    "Group therapy",
                                    "Individual psychotherapy",
                                    "Rational emotive behavioral therapy"),
                    // Funding sources are how a facility is paid, not what a person can pay with.
                    carried(
                                    "PAY",
                                    "Payment/Insurance/Funding Accepted",
                                    vocabulary(Payment.class, Facility::getPayments))
                            .notCarrying(
                                    "Access to Recovery (ATR) voucher",
                                    "Community Mental Health Block Grants",
                                    "Community Service Block Grants",
                                    "County or local government funds",
                                    "Federal, or any government funding for substance abuse"
                                            + " programs",
                                    "Other State funds",
                                    "State corrections or juvenile justice funds",
                                    "State education funds",
                                    "State mental health agency (or equivalent) funds",
                                    "State welfare or child and family services funds",
                                    "U.S. Department of VA funds"),
                    carried(
                            "PYAS",
                            "Payment Assistance Available",
                            vocabulary(PaymentAssistance.class, Facility::getPaymentAssistance)),
                    // Programs for a diagnosis (the mental health survey's) have no code of ours;
                    // DUI/DWI clients and beds for clients' children are 2015 groups we do not
                    // keep either.
                    carried(
                                    "SG",
                                    "Special Programs/Groups Offered",
                                    vocabulary(SpecialGroup.class, Facility::getSpecialGroups))
                            .notCarrying(
                                    "Children/adolescents with serious emotional disturbance"
                                            + " (SED)",
                                    "Persons with Alzheimer's or dementia",
                                    "Persons with eating disorders",
                                    "Persons with post-traumatic stress disorder (PTSD)",
                                    "Persons with serious mental illness (SMI)",
                                    "Persons with traumatic brain injury (TBI)",
                                    "DUI/DWI clients",
                                    "Residential beds for client's children"),
                    carried(
                            "AGE",
                            "Age Groups Accepted",
                            vocabulary(AgeGroup.class, Facility::getAgeGroups)),
                    carried(
                            "GN",
                            "Gender Accepted",
                            vocabulary(Gender.class, Facility::getGenders)),
                    carried("SL", "Language Services", LocatorServiceGroups::language),
                    carried("OL", "Other Languages", LocatorServiceGroups::language),
                    carried(
                            "FOP",
                            "Facility Operation (e.g. Private, Public)",
                            LocatorServiceGroups::operation),
                    carried(
                            "LCA",
                            "License/Certification/Accreditation",
                            LocatorServiceGroups::accreditation),
                    // The groups the model does not store at all.
                    notCarried("ASSES", "Assessment/Pre-treatment"),
                    notCarried("SCR", "Screening & Testing"),
                    notCarried("TRSRV", "Transitional Services"),
                    // Includes "Mental health services" and "Suicide prevention services": services
                    // beside treatment, not a type of care.
                    notCarried("AS", "Ancillary Services"),
                    notCarried("EDU", "Counseling Services and Education"),
                    notCarried("TOBAC", "Tobacco/Screening Services"),
                    notCarried("SMP", "Facility Smoking Policy"),
                    // The kind of institution; what it offers is in the other groups.
                    notCarried("FT", "Facility Type"),
                    notCarried("EMS", "Emergency Mental Health Services"),
                    // Which clients alone a facility serves: the 2019 export gives "All Clients in
                    // Opioid Treatment Program" to facilities that are no OTP, so none of it is
                    // trusted to set anything.
                    notCarried("EXCL", "Exclusive Services"),
                    notCarried("OTHR", "Other Addictions"),
                    notCarried("HOSP", "Hospitals"));

    private static final Map<String, Group> BY_CODE =
            GROUPS.stream().collect(Collectors.toUnmodifiableMap(Group::code, g -> g));
    private static final Map<String, Group> BY_NAME =
            GROUPS.stream()
                    .collect(
                            Collectors.toUnmodifiableMap(
                                    g -> SamhsaCodes.labelKey(g.name()), g -> g));

    // A federal facility may list its agency beside "Federal government"; the agency says more.
    private static final Set<FacilityOperation> FEDERAL_AGENCIES =
            EnumSet.of(
                    FacilityOperation.VETERANS_AFFAIRS,
                    FacilityOperation.DEPARTMENT_OF_DEFENSE,
                    FacilityOperation.INDIAN_HEALTH_SERVICE);

    private LocatorServiceGroups() {}

    /**
     * Applies one service group {f1 groupName, f2 groupCode, f3 labels "a; b"} to the listing; one
     * outcome per non-blank label.
     */
    public static List<LabelOutcome> apply(
            String groupCode, String groupName, String labels, Facility target) {
        Objects.requireNonNull(target, "target");
        if (labels == null) {
            return List.of();
        }
        String code = strip(groupCode);
        String name = strip(groupName);
        Group group = group(code, name);
        List<LabelOutcome> outcomes = new ArrayList<>();
        for (String part : labels.split(";")) {
            String label = part.strip();
            if (!label.isEmpty()) {
                outcomes.add(new LabelOutcome(code, name, label, apply(group, label, target)));
            }
        }
        return outcomes;
    }

    /**
     * The record's typeFacility (SA, MH, OTP; null or blank = nothing): what it implies for the
     * listing. Returns false if the value is unknown.
     */
    public static boolean applyFacilityType(String typeFacility, Facility target) {
        Objects.requireNonNull(target, "target");
        if (typeFacility == null || typeFacility.isBlank()) {
            return true;
        }
        switch (typeFacility.strip().toUpperCase(Locale.ROOT)) {
            case "SA" -> target.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
            case "MH" -> target.getTypesOfCare().add(TypeOfCare.MENTAL_HEALTH);
            // Treating opioid use disorder is substance use treatment. Not methadone: an OTP
            // is the only place that may dispense it, but need not.
            case "OTP" -> {
                markOpioidTreatmentProgram(target);
                target.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Kind apply(Group group, String label, Facility target) {
        if (group == null) {
            return Kind.UNKNOWN;
        }
        if (group.rule() == null || group.notCarried().contains(SamhsaCodes.labelKey(label))) {
            return Kind.NOT_CARRIED;
        }
        return group.rule().apply(label, target) ? Kind.MAPPED : Kind.UNKNOWN;
    }

    private static Group group(String code, String name) {
        Group byCode = code == null ? null : BY_CODE.get(code.toUpperCase(Locale.ROOT));
        if (byCode != null || name == null) {
            return byCode;
        }
        return BY_NAME.get(SamhsaCodes.labelKey(name));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    // --- Rules

    /** The label's meaning for the listing, applied; false when the rule does not know it. */
    @FunctionalInterface
    private interface Rule {
        boolean apply(String label, Facility target);

        default Rule or(Rule other) {
            return (label, target) -> apply(label, target) || other.apply(label, target);
        }
    }

    /** A value of the vocabulary, added to the listing's set of it. */
    private static <E extends Enum<E> & SamhsaCoded> Rule vocabulary(
            Class<E> type, Function<Facility, Set<E>> values) {
        return (label, target) -> {
            var value = SamhsaCodes.fromLabel(type, label);
            value.ifPresent(values.apply(target)::add);
            return value.isPresent();
        };
    }

    /** This one value of its vocabulary, and no other, in a group that feeds another. */
    private static <E extends Enum<E> & SamhsaCoded> Rule only(
            E value, Function<Facility, Set<E>> values) {
        return (label, target) -> {
            boolean found =
                    SamhsaCodes.fromLabel(value.getDeclaringClass(), label).orElse(null) == value;
            if (found) {
                values.apply(target).add(value);
            }
            return found;
        };
    }

    /** These wordings, compared as labels are, doing the action. */
    private static Rule labels(Consumer<Facility> action, String... wordings) {
        Set<String> keys =
                Arrays.stream(wordings).map(SamhsaCodes::labelKey).collect(Collectors.toSet());
        return (label, target) -> {
            if (!keys.contains(SamhsaCodes.labelKey(label))) {
                return false;
            }
            action.accept(target);
            return true;
        };
    }

    /**
     * The medications, whether the facility is an OTP or accepts clients on opioid medication, and
     * the two wordings of "no medication for opioid use disorder here", known to set nothing.
     */
    private static Rule opioidTreatment() {
        return labels(
                        f -> f.setAcceptsClientsOnPrescribedMedication(true),
                        "Accepts clients on opioid medication")
                .or(
                        labels(
                                f -> {},
                                "Do not use medication for opioid addiction",
                                "Does not treat opioid addiction"))
                .or(LocatorServiceGroups::opioidTreatmentProgram)
                .or(vocabulary(Medication.class, Facility::getMedications));
    }

    /**
     * Our approaches, and two of the mental health survey's that say what the model keeps
     * elsewhere: psychotropic medication is medication for mental disorders, and integrated dual
     * disorders treatment (IDDT) is care for co-occurring substance use and serious mental illness,
     * type of care SUMH.
     */
    private static Rule treatmentApproaches() {
        return vocabulary(TreatmentApproach.class, Facility::getTreatmentApproaches)
                .or(
                        labels(
                                f ->
                                        addPharmacotherapy(
                                                f,
                                                Pharmacotherapy.MEDICATIONS_FOR_MENTAL_DISORDERS),
                                "Psychotropic medication"))
                .or(
                        labels(
                                f -> f.getTypesOfCare().add(TypeOfCare.CO_OCCURRING),
                                "Integrated dual disorders treatment"));
    }

    private static boolean opioidTreatmentProgram(String label, Facility target) {
        boolean certified =
                SamhsaCodes.fromLabel(Accreditation.class, label)
                        .filter(a -> a == Accreditation.SAMHSA_OTP_CERTIFICATION)
                        .isPresent();
        if (certified) {
            markOpioidTreatmentProgram(target);
        }
        return certified;
    }

    /**
     * An OTP is SAMHSA-certified by definition, so the flag and the certification go together, as
     * in the sample data.
     */
    private static void markOpioidTreatmentProgram(Facility target) {
        target.setOpioidTreatmentProgram(true);
        target.getAccreditations().add(Accreditation.SAMHSA_OTP_CERTIFICATION);
    }

    private static boolean pharmacotherapy(String label, Facility target) {
        return SamhsaCodes.fromLabel(Pharmacotherapy.class, label)
                .map(
                        p -> {
                            addPharmacotherapy(target, p);
                            return true;
                        })
                .orElse(false);
    }

    /** Any form of a medication for opioid use disorder counts as offering that medication. */
    private static void addPharmacotherapy(Facility target, Pharmacotherapy pharmacotherapy) {
        target.getPharmacotherapies().add(pharmacotherapy);
        if (pharmacotherapy.medication() != null) {
            target.getMedications().add(pharmacotherapy.medication());
        }
    }

    /**
     * A language, with the language service it falls under (SAMHSA codes Spanish as both; other
     * languages are its "other languages" or, for its N codes, "American Indian or Alaska Native
     * languages"), or a language service, with Spanish as a language too.
     */
    private static boolean language(String label, Facility target) {
        var language = SamhsaCodes.fromLabel(Language.class, label);
        if (language.isPresent()) {
            target.getLanguages().add(language.get());
            target.getLanguageServices().add(serviceOf(language.get()));
            return true;
        }
        var service = SamhsaCodes.fromLabel(LanguageService.class, label);
        service.ifPresent(
                s -> {
                    target.getLanguageServices().add(s);
                    if (s == LanguageService.SPANISH) {
                        target.getLanguages().add(Language.SPANISH);
                    }
                });
        return service.isPresent();
    }

    private static LanguageService serviceOf(Language language) {
        if (language == Language.SPANISH) {
            return LanguageService.SPANISH;
        }
        return language.code().startsWith("N")
                ? LanguageService.NATIVE_AMERICAN
                : LanguageService.OTHER_LANGUAGES;
    }

    private static boolean operation(String label, Facility target) {
        var operation = SamhsaCodes.fromLabel(FacilityOperation.class, label);
        operation.ifPresent(
                o -> {
                    boolean lessSpecific =
                            o == FacilityOperation.FEDERAL_GOVERNMENT
                                    && FEDERAL_AGENCIES.contains(target.getOperation());
                    if (!lessSpecific) {
                        target.setOperation(o);
                    }
                });
        return operation.isPresent();
    }

    private static boolean accreditation(String label, Facility target) {
        var accreditation = SamhsaCodes.fromLabel(Accreditation.class, label);
        accreditation.ifPresent(
                a -> {
                    if (a == Accreditation.SAMHSA_OTP_CERTIFICATION) {
                        markOpioidTreatmentProgram(target);
                    } else {
                        target.getAccreditations().add(a);
                    }
                });
        return accreditation.isPresent();
    }

    // --- Groups

    /**
     * A service group: carried (with the rule that maps its labels, and the labels of it we leave
     * out) or not carried at all (no rule).
     */
    private record Group(String code, String name, Rule rule, Set<String> notCarried) {

        Group notCarrying(String... labels) {
            return new Group(
                    code,
                    name,
                    rule,
                    Arrays.stream(labels)
                            .map(SamhsaCodes::labelKey)
                            .collect(Collectors.toUnmodifiableSet()));
        }
    }

    private static Group carried(String code, String name, Rule rule) {
        return new Group(code, name, rule, Set.of());
    }

    private static Group notCarried(String code, String name) {
        return new Group(code, name, null, Set.of());
    }
}
