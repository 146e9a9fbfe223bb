package org.opentreatment.directory.imports.locator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityOperation;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.imports.locator.LabelOutcome.Kind;

class LocatorServiceGroupsTest {

    /** One label of a group and what it must do to a new listing: see {@link #effects}. */
    record Case(String group, String label, Kind kind, List<String> effects) {

        @Override
        public String toString() {
            return group + " \"" + label + "\" -> " + (kind == Kind.MAPPED ? effects : kind);
        }
    }

    /** The locator's 2019 group names, by code. */
    static final Map<String, String> GROUP_NAMES =
            Map.ofEntries(
                    Map.entry("TC", "Type of Care"),
                    Map.entry(
                            "SET",
                            "Service Settings (e.g., Outpatient, Residential, Inpatient etc.)"),
                    Map.entry("OT", "Type of Opioid Treatment"),
                    Map.entry("OM", "Opioid Medications used in Treatment"),
                    Map.entry("PHR", "Pharmacotherapies"),
                    Map.entry("TAP", "Treatment Approaches"),
                    Map.entry("PAY", "Payment/Insurance/Funding Accepted"),
                    Map.entry("PYAS", "Payment Assistance Available"),
                    Map.entry("SG", "Special Programs/Groups Offered"),
                    Map.entry("AGE", "Age Groups Accepted"),
                    Map.entry("GN", "Gender Accepted"),
                    Map.entry("SL", "Language Services"),
                    Map.entry("OL", "Other Languages"),
                    Map.entry("FOP", "Facility Operation (e.g. Private, Public)"),
                    Map.entry("LCA", "License/Certification/Accreditation"),
                    Map.entry("ASSES", "Assessment/Pre-treatment"),
                    Map.entry("SCR", "Screening & Testing"),
                    Map.entry("TRSRV", "Transitional Services"),
                    Map.entry("AS", "Ancillary Services"),
                    Map.entry("EDU", "Counseling Services and Education"),
                    Map.entry("TOBAC", "Tobacco/Screening Services"),
                    Map.entry("SMP", "Facility Smoking Policy"),
                    Map.entry("FT", "Facility Type"),
                    Map.entry("EMS", "Emergency Mental Health Services"),
                    Map.entry("EXCL", "Exclusive Services"),
                    Map.entry("OTHR", "Other Addictions"),
                    Map.entry("HOSP", "Hospitals"));

    /**
     * Every label of the 2019 export's sample, group by group, with the choice made for it.
     * LocatorSampleTest checks that the sample has no label this table lacks.
     */
    static final List<Case> LABELS_2019 =
            List.of(
                    // TC: Type of Care
                    mapped("TC", "Mental health treatment", "TypeOfCare:MH"),
                    mapped("TC", "Substance use treatment", "TypeOfCare:SA"),
                    // SET: Service Settings (e.g., Outpatient, Residential, Inpatient etc.)
                    mapped("SET", "Computerized treatment/telemedicine", "TypeOfCare:TELE"),
                    mapped("SET", "Hospital inpatient", "ServiceSetting:HI"),
                    mapped("SET", "Intensive outpatient treatment", "ServiceSetting:OIT"),
                    mapped("SET", "Outpatient", "ServiceSetting:OP"),
                    mapped(
                            "SET",
                            "Outpatient day treatment or partial hospitalization",
                            "ServiceSetting:ODT"),
                    mapped(
                            "SET",
                            "Outpatient methadone/buprenorphine or naltrexone treatment",
                            "ServiceSetting:OMB"),
                    mapped("SET", "Partial hospitalization/day treatment", "ServiceSetting:ODT"),
                    mapped("SET", "Regular outpatient treatment", "ServiceSetting:ORT"),
                    mapped("SET", "Residential", "ServiceSetting:RES"),
                    mapped("SET", "Short-term residential", "ServiceSetting:RS"),
                    mapped("SET", "Telemedicine/telehealth", "TypeOfCare:TELE"),
                    // OT: Type of Opioid Treatment
                    mapped(
                            "OT",
                            "Accepts clients on opioid medication",
                            "acceptsClientsOnPrescribedMedication"),
                    mapped("OT", "Buprenorphine maintenance", "Medication:BU"),
                    mapped(
                            "OT",
                            "Buprenorphine maintenance for predetermined time",
                            "Medication:BU"),
                    mapped("OT", "Buprenorphine used in Treatment", "Medication:BU"),
                    mapped("OT", "Do not use medication for opioid addiction"),
                    mapped("OT", "Does not treat opioid addiction"),
                    mapped("OT", "Methadone maintenance", "Medication:MU"),
                    mapped("OT", "Methadone maintenance for predetermined time", "Medication:MU"),
                    mapped("OT", "Naltrexone used in Treatment", "Medication:NU"),
                    mapped("OT", "Prescribes/administers buprenorphine", "Medication:BU"),
                    mapped("OT", "Prescribes/administers naltrexone", "Medication:NU"),
                    mapped("OT", "Relapse prevention from naltrexone", "Medication:NU"),
                    mapped(
                            "OT",
                            "SAMHSA-certified Opioid Treatment Program",
                            "Accreditation:OTP",
                            "opioidTreatmentProgram"),
                    notCarried(
                            "OT",
                            "Use methadone/buprenorphine for pain management or emergency dosing"),
                    // OM: Opioid Medications used in Treatment
                    mapped("OM", "Methadone used in Treatment", "Medication:MU"),
                    // PHR: Pharmacotherapies
                    mapped("PHR", "Acamprosate (Campral®)", "Pharmacotherapy:ACM"),
                    mapped(
                            "PHR",
                            "Buprenorphine (extended-release, injectable, for example, Sublocade®)",
                            "Medication:BU",
                            "Pharmacotherapy:BERI"),
                    mapped(
                            "PHR",
                            "Buprenorphine with naloxone  (Suboxone®)",
                            "Medication:BU",
                            "Pharmacotherapy:BWN"),
                    mapped(
                            "PHR",
                            "Buprenorphine without naloxone",
                            "Medication:BU",
                            "Pharmacotherapy:BWON"),
                    mapped("PHR", "Disulfiram (Antabuse®)", "Pharmacotherapy:DSF"),
                    mapped(
                            "PHR",
                            "Extended-release, injectable Naltrexone (Vivitrol®)",
                            "Medication:NU",
                            "Pharmacotherapy:VTRL"),
                    mapped("PHR", "Medications for psychiatric disorders", "Pharmacotherapy:MPD"),
                    mapped("PHR", "Methadone", "Medication:MU", "Pharmacotherapy:METH"),
                    mapped("PHR", "Naltrexone (oral)", "Medication:NU", "Pharmacotherapy:NXN"),
                    // TAP: Treatment Approaches
                    mapped("TAP", "12-step facilitation", "TreatmentApproach:TWFA"),
                    notCarried("TAP", "Activity therapy"),
                    mapped("TAP", "Anger management", "TreatmentApproach:ANG"),
                    notCarried("TAP", "Behavior modification"),
                    mapped("TAP", "Brief intervention", "TreatmentApproach:BIA"),
                    mapped("TAP", "Cognitive behavioral therapy", "TreatmentApproach:CBT"),
                    mapped("TAP", "Community reinforcement plus vouchers", "TreatmentApproach:CRV"),
                    mapped(
                            "TAP",
                            "Contingency management/motivational incentives",
                            "TreatmentApproach:CMI"),
                    notCarried("TAP", "Couples/family therapy"),
                    mapped("TAP", "Dialectical behavior therapy", "TreatmentApproach:DBT"),
                    notCarried("TAP", "Electroconvulsive therapy"),
                    notCarried("TAP", "Group therapy"),
                    notCarried("TAP", "Individual psychotherapy"),
                    mapped("TAP", "Integrated dual disorders treatment", "TypeOfCare:SUMH"),
                    mapped("TAP", "Matrix Model", "TreatmentApproach:MXM"),
                    mapped("TAP", "Motivational interviewing", "TreatmentApproach:MOTI"),
                    mapped("TAP", "Psychotropic medication", "Pharmacotherapy:MPD"),
                    notCarried("TAP", "Rational emotive behavioral therapy"),
                    mapped("TAP", "Relapse prevention", "TreatmentApproach:RELP"),
                    mapped("TAP", "Substance use counseling approach", "TreatmentApproach:SACA"),
                    mapped("TAP", "Trauma therapy", "TreatmentApproach:TRC"),
                    mapped("TAP", "Trauma-related counseling", "TreatmentApproach:TRC"),
                    // PAY: Payment/Insurance/Funding Accepted
                    mapped("PAY", "Cash or self-payment", "Payment:SF"),
                    notCarried("PAY", "Community Mental Health Block Grants"),
                    notCarried("PAY", "Community Service Block Grants"),
                    notCarried("PAY", "County or local government funds"),
                    notCarried(
                            "PAY",
                            "Federal, or any government funding for substance abuse programs"),
                    mapped("PAY", "Medicaid", "Payment:MD"),
                    mapped("PAY", "Medicare", "Payment:MC"),
                    mapped("PAY", "Military insurance (e.g., TRICARE)", "Payment:MI"),
                    notCarried("PAY", "Other State funds"),
                    mapped("PAY", "Private health insurance", "Payment:PI"),
                    notCarried("PAY", "State corrections or juvenile justice funds"),
                    notCarried("PAY", "State education funds"),
                    notCarried("PAY", "State mental health agency (or equivalent) funds"),
                    notCarried("PAY", "State welfare or child and family services funds"),
                    mapped(
                            "PAY",
                            "State-financed health insurance plan other than Medicaid",
                            "Payment:SI"),
                    notCarried("PAY", "U.S. Department of VA funds"),
                    // PYAS: Payment Assistance Available
                    mapped(
                            "PYAS",
                            "Payment assistance (check with facility for details)",
                            "PaymentAssistance:PA"),
                    mapped(
                            "PYAS",
                            "Sliding fee scale (fee is based on income and other factors)",
                            "PaymentAssistance:SS"),
                    // SG: Special Programs/Groups Offered
                    mapped("SG", "Active duty military", "SpecialGroup:ADM"),
                    mapped("SG", "Adolescents", "SpecialGroup:AD"),
                    mapped("SG", "Adult men", "SpecialGroup:MN"),
                    mapped("SG", "Adult women", "SpecialGroup:WN"),
                    notCarried(
                            "SG", "Children/adolescents with serious emotional disturbance (SED)"),
                    mapped(
                            "SG",
                            "Clients referred from the court/judicial system",
                            "SpecialGroup:CJ"),
                    mapped(
                            "SG",
                            "Lesbian, gay, bisexual, or transgender (LGBT) clients",
                            "SpecialGroup:GL"),
                    mapped("SG", "Military families", "SpecialGroup:MF"),
                    mapped(
                            "SG",
                            "Persons who have experienced intimate partner violence, domestic violence",
                            "SpecialGroup:DV"),
                    mapped("SG", "Persons who have experienced sexual abuse", "SpecialGroup:XA"),
                    mapped("SG", "Persons who have experienced trauma", "SpecialGroup:TRMA"),
                    notCarried("SG", "Persons with Alzheimer's or dementia"),
                    mapped(
                            "SG",
                            "Persons with co-occurring mental and substance use disorders",
                            "SpecialGroup:CO"),
                    notCarried("SG", "Persons with eating disorders"),
                    mapped("SG", "Persons with HIV or AIDS", "SpecialGroup:HV"),
                    notCarried("SG", "Persons with post-traumatic stress disorder (PTSD)"),
                    notCarried("SG", "Persons with serious mental illness (SMI)"),
                    notCarried("SG", "Persons with traumatic brain injury (TBI)"),
                    mapped("SG", "Pregnant/postpartum women", "SpecialGroup:PW"),
                    mapped("SG", "Seniors or older adults", "SpecialGroup:SE"),
                    mapped("SG", "Transitional age young adults", "SpecialGroup:TAY"),
                    mapped("SG", "Veterans", "SpecialGroup:VET"),
                    // AGE: Age Groups Accepted
                    mapped("AGE", "Adults", "AgeGroup:ADLT"),
                    mapped("AGE", "Children/adolescents", "AgeGroup:CHLD"),
                    mapped("AGE", "Seniors (65 or older)", "AgeGroup:SNR"),
                    mapped("AGE", "Young adults", "AgeGroup:YAD"),
                    // GN: Gender Accepted
                    mapped("GN", "Female", "Gender:FEM"),
                    mapped("GN", "Male", "Gender:MALE"),
                    // SL: Language Services
                    mapped("SL", "Services for the deaf and hard of hearing", "LanguageService:AH"),
                    // OL: Other Languages
                    mapped("OL", "German", "Language:F30", "LanguageService:FX"),
                    mapped("OL", "Spanish", "Language:SP", "LanguageService:SP"),
                    // FOP: Facility Operation (e.g. Private, Public)
                    mapped("FOP", "Local, county, or community government", "operation:LCCG"),
                    mapped("FOP", "Private for-profit organization", "operation:PVTP"),
                    mapped("FOP", "Private non-profit organization", "operation:PVTN"),
                    mapped(
                            "FOP",
                            "Regional/district or county, local or municipal government",
                            "operation:LCCG"),
                    // LCA: License/Certification/Accreditation
                    mapped(
                            "LCA",
                            "Commission on Accreditation of Rehabilitation Facilities",
                            "Accreditation:CARF"),
                    mapped("LCA", "Federally Qualified Health Center", "Accreditation:FQHC"),
                    mapped("LCA", "Hospital licensing authority", "Accreditation:HLA"),
                    mapped("LCA", "State department of health", "Accreditation:STDH"),
                    mapped("LCA", "State mental health department", "Accreditation:SMHD"),
                    mapped("LCA", "State substance abuse agency", "Accreditation:SSA"),
                    mapped("LCA", "The Joint Commission", "Accreditation:JC"),
                    // ASSES: Assessment/Pre-treatment
                    notCarried("ASSES", "Comprehensive mental health assessment"),
                    notCarried("ASSES", "Comprehensive substance use assessment"),
                    notCarried("ASSES", "Interim services for clients"),
                    notCarried("ASSES", "Outreach to persons in the community"),
                    // SCR: Screening & Testing
                    notCarried("SCR", "Breath analyzer or blood alcohol testing"),
                    notCarried("SCR", "Drug or alcohol urine screening"),
                    notCarried("SCR", "HIV testing"),
                    notCarried("SCR", "Screening for Hepatitis B"),
                    notCarried("SCR", "Screening for Hepatitis C"),
                    notCarried("SCR", "Screening for mental health disorders"),
                    notCarried("SCR", "Screening for substance use"),
                    notCarried("SCR", "TB screening"),
                    // TRSRV: Transitional Services
                    notCarried("TRSRV", "Aftercare/continuing care"),
                    notCarried("TRSRV", "Discharge Planning"),
                    // AS: Ancillary Services
                    notCarried("AS", "Acupuncture"),
                    notCarried("AS", "Assertive community treatment"),
                    notCarried("AS", "Assistance with obtaining social services"),
                    notCarried("AS", "Case management"),
                    notCarried("AS", "Chronic disease/illness management"),
                    notCarried("AS", "Consumer-run (peer-support) services"),
                    notCarried("AS", "Court-ordered outpatient treatment"),
                    notCarried("AS", "Diet and exercise counseling"),
                    notCarried("AS", "Domestic violence services-family or partner"),
                    notCarried("AS", "Early intervention for HIV"),
                    notCarried("AS", "Education services"),
                    notCarried("AS", "Family psychoeducation"),
                    notCarried("AS", "Housing services"),
                    notCarried("AS", "Illness management and recovery"),
                    notCarried("AS", "Integrated primary care services"),
                    notCarried("AS", "Intensive case management"),
                    notCarried("AS", "Mental health services"),
                    notCarried("AS", "Psychosocial rehabilitation services"),
                    notCarried("AS", "Self-help groups"),
                    notCarried("AS", "Social skills development"),
                    notCarried("AS", "Suicide prevention services"),
                    notCarried("AS", "Supported housing"),
                    notCarried("AS", "Transportation assistance"),
                    // EDU: Counseling Services and Education
                    notCarried("EDU", "Employment counseling or training"),
                    notCarried("EDU", "Family counseling offered"),
                    notCarried("EDU", "Group counseling offered"),
                    notCarried("EDU", "Health education services other than HIV/AIDS or hepatitis"),
                    notCarried("EDU", "Hepatitis education, counseling, or support"),
                    notCarried("EDU", "HIV or AIDS education, counseling, or support"),
                    notCarried("EDU", "Individual counseling offered"),
                    notCarried("EDU", "Marital/couples counseling offered"),
                    notCarried("EDU", "Substance abuse education"),
                    // TOBAC: Tobacco/Screening Services
                    notCarried("TOBAC", "Nicotine replacement therapy"),
                    notCarried("TOBAC", "Non-nicotine smoking/tobacco cessation medications"),
                    notCarried("TOBAC", "Screening for tobacco use"),
                    notCarried("TOBAC", "Smoking/tobacco cessation counseling"),
                    // SMP: Facility Smoking Policy
                    notCarried("SMP", "Smoking not permitted"),
                    notCarried("SMP", "Smoking permitted in designated area"),
                    // FT: Facility Type
                    notCarried("FT", "Community mental health center"),
                    notCarried("FT", "Outpatient mental health facility"),
                    notCarried("FT", "Partial hospitalization/day treatment"),
                    notCarried(
                            "FT", "Psychiatric hospital or psychiatric unit of a general hospital"),
                    notCarried("FT", "Residential treatment center (RTC) for adults"),
                    notCarried("FT", "Residential treatment center (RTC) for children"),
                    // EMS: Emergency Mental Health Services
                    notCarried("EMS", "Crisis intervention team"),
                    notCarried("EMS", "Psychiatric emergency walk-in services"),
                    // EXCL: Exclusive Services
                    notCarried("EXCL", "All Clients in Opioid Treatment Program"),
                    notCarried("EXCL", "DUI/DWI clients"),
                    notCarried("EXCL", "Methadone and buprenorphine clients only"),
                    // OTHR: Other Addictions
                    notCarried("OTHR", "Treatment for internet use disorder"),
                    notCarried("OTHR", "Treatment for non-substance use addiction disorder"),
                    // HOSP: Hospitals
                    notCarried("HOSP", "General Hospital (including VA hospital)"));

    private static Case mapped(String group, String label, String... effects) {
        return new Case(group, label, Kind.MAPPED, List.of(effects));
    }

    private static Case notCarried(String group, String label) {
        return new Case(group, label, Kind.NOT_CARRIED, List.of());
    }

    @ParameterizedTest
    @FieldSource("LABELS_2019")
    void eachLabelOfThe2019ExportDoesWhatWasChosenForIt(Case c) {
        Facility facility = new Facility();

        List<LabelOutcome> outcomes =
                LocatorServiceGroups.apply(
                        c.group(), GROUP_NAMES.get(c.group()), c.label(), facility);

        assertThat(outcomes)
                .containsExactly(
                        new LabelOutcome(
                                c.group(), GROUP_NAMES.get(c.group()), c.label(), c.kind()));
        assertThat(effects(facility)).containsExactlyElementsOf(new TreeSet<>(c.effects()));
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                arguments(
                        "PHR",
                        "buprenorphine with naloxone (suboxone)",
                        List.of("Medication:BU", "Pharmacotherapy:BWN")),
                arguments(
                        "PHR",
                        "BUPRENORPHINE WITH NALOXONE (SUBOXONE ®).",
                        List.of("Medication:BU", "Pharmacotherapy:BWN")),
                arguments("PAY", "Medicaid.", List.of("Payment:MD")),
                arguments("PAY", "  MEDICAID ", List.of("Payment:MD")),
                arguments("PAY", "Military insurance (eg TRICARE)", List.of("Payment:MI")),
                arguments("SET", "short term residential", List.of("ServiceSetting:RS")),
                arguments(
                        "SET",
                        "Partial hospitalization / day-treatment",
                        List.of("ServiceSetting:ODT")),
                arguments("SET", "Telemedicine / Telehealth", List.of("TypeOfCare:TELE")),
                arguments(
                        "SG",
                        "Lesbian gay bisexual or transgender (LGBT) clients",
                        List.of("SpecialGroup:GL")),
                arguments(
                        "OT",
                        "samhsa certified opioid treatment program",
                        List.of("Accreditation:OTP", "opioidTreatmentProgram")),
                arguments(
                        "OT",
                        "Accepts clients on opioid medication.",
                        List.of("acceptsClientsOnPrescribedMedication")),
                arguments(
                        "FOP",
                        "Regional / district or county local or municipal government",
                        List.of("operation:LCCG")),
                arguments("OL", "  german", List.of("Language:F30", "LanguageService:FX")));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void labelsMatchWhateverTheirCaseSpacingAndPunctuation(
            String group, String label, List<String> expected) {
        Facility facility = new Facility();

        assertThat(kinds(group, label, facility)).containsExactly(Kind.MAPPED);
        assertThat(effects(facility)).containsExactlyElementsOf(new TreeSet<>(expected));
    }

    static Stream<Arguments> olderWordings() {
        // The 2015 National Directory's codes file and the earlier locator, where they differ.
        return Stream.of(
                arguments("TC", "Substance Abuse Treatment Services", List.of("TypeOfCare:SA")),
                arguments("TC", "Transitional Housing or Halfway House", List.of("TypeOfCare:HH")),
                arguments("TC", "Mental health treatment services", List.of("TypeOfCare:MH")),
                arguments(
                        "SET",
                        "Outpatient Methadone/Buprenorphine or Vivitrol®",
                        List.of("ServiceSetting:OMB")),
                arguments("SET", "Outpatient Detoxification", List.of("ServiceSetting:OD")),
                arguments("SET", "Long-term Residential", List.of("ServiceSetting:RL")),
                arguments("OT", "Buprenorphine Used in Treatment", List.of("Medication:BU")),
                arguments("OT", "Methadone Detoxification", List.of("Medication:MU")),
                arguments("OM", "Buprenorphine used in Treatment", List.of("Medication:BU")),
                arguments("OM", "Naltrexone used in Treatment", List.of("Medication:NU")),
                arguments(
                        "PHR",
                        "Vivitrol® (Injectable Naltrexone)",
                        List.of("Medication:NU", "Pharmacotherapy:VTRL")),
                arguments(
                        "PAY",
                        "State Financed Health Insurance Plan Other Than Medicaid",
                        List.of("Payment:SI")),
                arguments("PAY", "IHS/638 Contract Care Funds", List.of("Payment:ITU")),
                arguments("PAY", "No Payment Accepted", List.of("Payment:NP")),
                arguments(
                        "PYAS",
                        "Payment Assistance (Check with facility for details)",
                        List.of("PaymentAssistance:PA")),
                arguments(
                        "SG",
                        "Clients with co-occurring mental and substance use disorders",
                        List.of("SpecialGroup:CO")),
                arguments(
                        "SG",
                        "Persons who have Experienced Intimate Partner Violence, Domestic Violence",
                        List.of("SpecialGroup:DV")),
                arguments("SL", "Services for the hearing-impaired", List.of("LanguageService:AH")),
                arguments("SL", "Spanish", List.of("Language:SP", "LanguageService:SP")),
                arguments(
                        "OL",
                        "American Indian or Alaska Native languages",
                        List.of("LanguageService:NX")),
                arguments("OL", "Navajo", List.of("Language:N23", "LanguageService:NX")),
                arguments("FOP", "U.S. Department of Veterans Affairs", List.of("operation:VAMC")),
                arguments(
                        "LCA",
                        "SAMHSA certification for opioid treatment program (OTP)",
                        List.of("Accreditation:OTP", "opioidTreatmentProgram")));
    }

    @ParameterizedTest
    @MethodSource("olderWordings")
    void olderWordingsMapToTheSameValues(String group, String label, List<String> expected) {
        Facility facility = new Facility();

        assertThat(kinds(group, label, facility)).containsExactly(Kind.MAPPED);
        assertThat(effects(facility)).containsExactlyElementsOf(new TreeSet<>(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Access to Recovery (ATR) Voucher",
                "Federal, or any government funding for substance abuse programs"
            })
    void fundingThatIsNoPaymentOfOursIsNotCarried(String label) {
        Facility facility = new Facility();

        assertThat(kinds("PAY", label, facility)).containsExactly(Kind.NOT_CARRIED);
        assertThat(effects(facility)).isEmpty();
    }

    @Test
    void the2015DirectorysGroupsWeDoNotKeepAreNotCarried() {
        Facility facility = new Facility();

        assertThat(
                        kinds(
                                "SG",
                                "DUI/DWI Clients; Residential Beds for Client\u2019s Children",
                                facility))
                .containsExactly(Kind.NOT_CARRIED, Kind.NOT_CARRIED);
        assertThat(effects(facility)).isEmpty();
    }

    @Test
    void anUnknownLabelInACarriedGroupIsUnknownAndTheOthersStillApply() {
        Facility facility = new Facility();

        List<LabelOutcome> outcomes =
                LocatorServiceGroups.apply(
                        "TAP",
                        "Treatment Approaches",
                        "Equine-assisted therapy; Motivational interviewing",
                        facility);

        assertThat(outcomes)
                .extracting(LabelOutcome::label, LabelOutcome::kind)
                .containsExactly(
                        tuple("Equine-assisted therapy", Kind.UNKNOWN),
                        tuple("Motivational interviewing", Kind.MAPPED));
        assertThat(effects(facility)).containsExactly("TreatmentApproach:MOTI");
    }

    @Test
    void aLabelOfAnotherVocabularyIsUnknownInAGroupThatDoesNotFeedIt() {
        Facility facility = new Facility();

        // Medicaid is a payment, not a special group; Residential detox is no type of care here.
        assertThat(kinds("SG", "Medicaid", facility)).containsExactly(Kind.UNKNOWN);
        assertThat(kinds("SET", "Substance use treatment", facility)).containsExactly(Kind.UNKNOWN);
        assertThat(effects(facility)).isEmpty();
    }

    @Test
    void everyLabelOfAnUnknownGroupIsUnknown() {
        Facility facility = new Facility();

        List<LabelOutcome> outcomes =
                LocatorServiceGroups.apply(
                        "WXYZ", "Wellness Extras", "Medicaid; Yoga classes", facility);

        assertThat(outcomes)
                .containsExactly(
                        new LabelOutcome("WXYZ", "Wellness Extras", "Medicaid", Kind.UNKNOWN),
                        new LabelOutcome("WXYZ", "Wellness Extras", "Yoga classes", Kind.UNKNOWN));
        assertThat(effects(facility)).isEmpty();
    }

    @Test
    void aGroupWithAnUnknownCodeIsFoundByItsName() {
        Facility facility = new Facility();

        List<LabelOutcome> byName =
                LocatorServiceGroups.apply(
                        "PAYMENT",
                        "  payment / insurance / funding accepted ",
                        "Medicare",
                        facility);
        List<LabelOutcome> notCarriedByName =
                LocatorServiceGroups.apply(null, "SCREENING & TESTING", "TB screening", facility);

        assertThat(byName)
                .containsExactly(
                        new LabelOutcome(
                                "PAYMENT",
                                "payment / insurance / funding accepted",
                                "Medicare",
                                Kind.MAPPED));
        assertThat(notCarriedByName)
                .extracting(LabelOutcome::kind)
                .containsExactly(Kind.NOT_CARRIED);
        assertThat(effects(facility)).containsExactly("Payment:MC");
    }

    @Test
    void theCodeDecidesTheGroupBeforeTheName() {
        Facility facility = new Facility();

        // A known code with another group's name: the code wins.
        assertThat(kinds("pay", "Special Programs/Groups Offered", "Veterans", facility))
                .containsExactly(Kind.UNKNOWN);
        assertThat(kinds(" sg ", "Payment/Insurance/Funding Accepted", "Veterans", facility))
                .containsExactly(Kind.MAPPED);
        assertThat(effects(facility)).containsExactly("SpecialGroup:VET");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", ";", " ; ;  "})
    void noLabelsGiveNoOutcomes(String labels) {
        Facility facility = new Facility();

        assertThat(LocatorServiceGroups.apply("PAY", "Payment", labels, facility)).isEmpty();
        assertThat(effects(facility)).isEmpty();
    }

    @Test
    void eachLabelGetsItsOwnOutcomeInOrderAsWritten() {
        Facility facility = new Facility();

        List<LabelOutcome> outcomes =
                LocatorServiceGroups.apply(
                        "PAY",
                        "Payment/Insurance/Funding Accepted",
                        "Medicaid;County or local government funds;; Medicaid ;Bitcoin",
                        facility);

        assertThat(outcomes)
                .extracting(LabelOutcome::label, LabelOutcome::kind)
                .containsExactly(
                        tuple("Medicaid", Kind.MAPPED),
                        tuple("County or local government funds", Kind.NOT_CARRIED),
                        tuple("Medicaid", Kind.MAPPED),
                        tuple("Bitcoin", Kind.UNKNOWN));
        assertThat(effects(facility)).containsExactly("Payment:MD");
    }

    @Test
    void theOperatorIsOneValueAndAFederalAgencyBeatsPlainFederalGovernment() {
        Facility facility = new Facility();

        LocatorServiceGroups.apply(
                "FOP",
                "Facility Operation",
                "Department of Veterans Affairs; Federal Government",
                facility);

        assertThat(facility.getOperation()).isEqualTo(FacilityOperation.VETERANS_AFFAIRS);

        LocatorServiceGroups.apply("FOP", "Facility Operation", "State government", facility);

        assertThat(facility.getOperation()).isEqualTo(FacilityOperation.STATE_GOVERNMENT);
    }

    @Test
    void labelsAddToWhatTheListingHas() {
        Facility facility = new Facility();

        LocatorServiceGroups.apply("PHR", "Pharmacotherapies", "Naltrexone (oral)", facility);
        LocatorServiceGroups.apply(
                "OT", "Type of Opioid Treatment", "Methadone maintenance", facility);

        assertThat(effects(facility))
                .containsExactly("Medication:MU", "Medication:NU", "Pharmacotherapy:NXN");
    }

    static Stream<Arguments> facilityTypes() {
        return Stream.of(
                arguments("SA", List.of("TypeOfCare:SA")),
                arguments(" mh ", List.of("TypeOfCare:MH")),
                // Not methadone: an OTP is the only place that may dispense it, but need not.
                arguments(
                        "OTP",
                        List.of("Accreditation:OTP", "TypeOfCare:SA", "opioidTreatmentProgram")),
                arguments(null, List.of()),
                arguments("", List.of()),
                arguments("  ", List.of()));
    }

    @ParameterizedTest
    @MethodSource("facilityTypes")
    void aKnownFacilityTypeSetsWhatItImplies(String typeFacility, List<String> expected) {
        Facility facility = new Facility();

        assertThat(LocatorServiceGroups.applyFacilityType(typeFacility, facility)).isTrue();
        assertThat(effects(facility)).containsExactlyElementsOf(new TreeSet<>(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SAMH", "HOSPITAL", "O T P"})
    void anUnknownFacilityTypeSetsNothingAndSaysSo(String typeFacility) {
        Facility facility = new Facility();

        assertThat(LocatorServiceGroups.applyFacilityType(typeFacility, facility)).isFalse();
        assertThat(effects(facility)).isEmpty();
    }

    @Test
    void aListingIsRequired() {
        assertThatThrownBy(() -> LocatorServiceGroups.apply("PAY", "Payment", "Medicaid", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LocatorServiceGroups.applyFacilityType("SA", null))
                .isInstanceOf(NullPointerException.class);
    }

    private static List<Kind> kinds(String group, String labels, Facility facility) {
        return kinds(group, GROUP_NAMES.get(group), labels, facility);
    }

    private static List<Kind> kinds(String group, String name, String labels, Facility facility) {
        return LocatorServiceGroups.apply(group, name, labels, facility).stream()
                .map(LabelOutcome::kind)
                .toList();
    }

    /**
     * Everything the mapping may set on a listing, as "Vocabulary:CODE", "operation:CODE" and the
     * names of the two flags, sorted: so a test sees exactly what a label set, and nothing else.
     */
    static SortedSet<String> effects(Facility f) {
        SortedSet<String> effects = new TreeSet<>();
        Stream.of(
                        f.getTypesOfCare(),
                        f.getServiceSettings(),
                        f.getMedications(),
                        f.getPharmacotherapies(),
                        f.getTreatmentApproaches(),
                        f.getPayments(),
                        f.getPaymentAssistance(),
                        f.getSpecialGroups(),
                        f.getAgeGroups(),
                        f.getGenders(),
                        f.getLanguageServices(),
                        f.getLanguages(),
                        f.getAccreditations())
                .flatMap(Collection::stream)
                .map(LocatorServiceGroupsTest::effect)
                .forEach(effects::add);
        if (f.getOperation() != null) {
            effects.add("operation:" + f.getOperation().code());
        }
        if (f.isOpioidTreatmentProgram()) {
            effects.add("opioidTreatmentProgram");
        }
        if (f.isAcceptsClientsOnPrescribedMedication()) {
            effects.add("acceptsClientsOnPrescribedMedication");
        }
        return effects;
    }

    private static String effect(SamhsaCoded value) {
        return ((Enum<?>) value).getDeclaringClass().getSimpleName() + ":" + value.code();
    }
}
