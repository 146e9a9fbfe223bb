package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SamhsaCodesTest {

    @Test
    void fromCodeIgnoresCaseAndSurroundingWhitespace() {
        assertThat(SamhsaCodes.fromCode(Medication.class, " nu ")).contains(Medication.NALTREXONE);
        assertThat(SamhsaCodes.fromCode(TypeOfCare.class, "Sumh"))
                .contains(TypeOfCare.CO_OCCURRING);
        assertThat(SamhsaCodes.fromCode(ListingStatus.class, "Temporarily Closed"))
                .contains(ListingStatus.TEMPORARILY_CLOSED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "XX", "NALTREXONE", "N U"})
    void fromCodeFindsNothingForBlankOrUnknownCodesOrConstantNames(String code) {
        assertThat(SamhsaCodes.fromCode(Medication.class, code)).isEmpty();
    }

    static Stream<Arguments> locatorLabels() {
        // Wording as the 2019 locator export writes it, irregular spacing and marks included.
        return Stream.of(
                arguments(
                        Pharmacotherapy.class,
                        "Buprenorphine with naloxone  (Suboxone®)",
                        Pharmacotherapy.BUPRENORPHINE_WITH_NALOXONE),
                arguments(
                        Pharmacotherapy.class,
                        "Extended-release, injectable Naltrexone (Vivitrol®)",
                        Pharmacotherapy.NALTREXONE_EXTENDED_RELEASE),
                arguments(
                        Pharmacotherapy.class,
                        "Buprenorphine (extended-release, injectable, for example, Sublocade®)",
                        Pharmacotherapy.BUPRENORPHINE_EXTENDED_RELEASE),
                arguments(
                        Pharmacotherapy.class,
                        "Naltrexone (oral)",
                        Pharmacotherapy.NALTREXONE_ORAL),
                arguments(
                        Pharmacotherapy.class,
                        "Disulfiram (Antabuse®)",
                        Pharmacotherapy.DISULFIRAM),
                arguments(
                        Pharmacotherapy.class,
                        "Medications for psychiatric disorders",
                        Pharmacotherapy.MEDICATIONS_FOR_MENTAL_DISORDERS),
                arguments(
                        SpecialGroup.class,
                        "Persons with co-occurring mental and substance use disorders",
                        SpecialGroup.CO_OCCURRING),
                arguments(
                        SpecialGroup.class,
                        "Lesbian, gay, bisexual, or transgender (LGBT) clients",
                        SpecialGroup.LGBTQ),
                arguments(
                        SpecialGroup.class,
                        "Clients referred from the court/judicial system",
                        SpecialGroup.CRIMINAL_JUSTICE),
                arguments(
                        ServiceSetting.class,
                        "Outpatient methadone/buprenorphine or naltrexone treatment",
                        ServiceSetting.OUTPATIENT_MEDICATION),
                arguments(
                        ServiceSetting.class,
                        "Partial hospitalization/day treatment",
                        ServiceSetting.OUTPATIENT_DAY_TREATMENT),
                arguments(
                        ServiceSetting.class,
                        "Short-term residential",
                        ServiceSetting.SHORT_TERM_RESIDENTIAL),
                arguments(TypeOfCare.class, "Substance use treatment", TypeOfCare.SUBSTANCE_USE),
                arguments(
                        TypeOfCare.class,
                        "Computerized treatment/telemedicine",
                        TypeOfCare.TELEHEALTH),
                arguments(
                        TreatmentApproach.class,
                        "Substance use counseling approach",
                        TreatmentApproach.SUBSTANCE_USE_COUNSELING),
                arguments(
                        TreatmentApproach.class,
                        "12-step facilitation",
                        TreatmentApproach.TWELVE_STEP_FACILITATION),
                arguments(
                        Payment.class,
                        "Military insurance (e.g., TRICARE)",
                        Payment.MILITARY_INSURANCE),
                arguments(
                        PaymentAssistance.class,
                        "Sliding fee scale (fee is based on income and other factors)",
                        PaymentAssistance.SLIDING_FEE_SCALE),
                arguments(AgeGroup.class, "Seniors (65 or older)", AgeGroup.SENIORS),
                arguments(
                        LanguageService.class,
                        "Services for the deaf and hard of hearing",
                        LanguageService.SIGN_LANGUAGE),
                arguments(
                        FacilityOperation.class,
                        "Private for-profit organization",
                        FacilityOperation.PRIVATE_FOR_PROFIT),
                arguments(
                        Accreditation.class,
                        "State substance abuse agency",
                        Accreditation.STATE_SUBSTANCE_USE_AGENCY),
                arguments(
                        Accreditation.class,
                        "Commission on Accreditation of Rehabilitation Facilities",
                        Accreditation.CARF_ACCREDITATION),
                arguments(
                        Medication.class,
                        "Buprenorphine used in Treatment",
                        Medication.BUPRENORPHINE),
                arguments(Language.class, "German", Language.GERMAN));
    }

    @ParameterizedTest
    @MethodSource("locatorLabels")
    void fromLabelMapsTheLocatorsWording(
            Class<? extends SamhsaCoded> type, String label, SamhsaCoded expected) {
        assertThat(VocabularyTest.fromLabel(type, label)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "buprenorphine with naloxone (suboxone)",
                "BUPRENORPHINE WITH NALOXONE (SUBOXONE®)",
                "Buprenorphine\twith\u00A0naloxone (Suboxone®).",
                "  Buprenorphine with naloxone  ;",
                "Buprenorphine with naloxone (Suboxone ®)"
            })
    void fromLabelIgnoresCaseWhitespaceTrailingPunctuationAndRegisteredMarks(String label) {
        assertThat(SamhsaCodes.fromLabel(Pharmacotherapy.class, label))
                .contains(Pharmacotherapy.BUPRENORPHINE_WITH_NALOXONE);
    }

    static Stream<Arguments> punctuationVariants() {
        // Separators written with or without spaces, or left out, as people and older exports do.
        return Stream.of(
                arguments(
                        ServiceSetting.class,
                        "Short term residential",
                        ServiceSetting.SHORT_TERM_RESIDENTIAL),
                arguments(
                        ServiceSetting.class,
                        "Outpatient methadone / buprenorphine or naltrexone treatment",
                        ServiceSetting.OUTPATIENT_MEDICATION),
                arguments(
                        TypeOfCare.class,
                        "Transitional housing halfway house or sober home",
                        TypeOfCare.TRANSITIONAL_HOUSING),
                arguments(
                        Payment.class,
                        "Military insurance (eg TRICARE)",
                        Payment.MILITARY_INSURANCE),
                arguments(
                        Payment.class,
                        "IHS / Tribal / Urban (ITU) funds",
                        Payment.IHS_TRIBAL_URBAN),
                arguments(
                        SpecialGroup.class,
                        "Lesbian gay bisexual or transgender ( LGBT ) clients",
                        SpecialGroup.LGBTQ),
                arguments(
                        Pharmacotherapy.class, "Naltrexone(oral)", Pharmacotherapy.NALTREXONE_ORAL),
                arguments(
                        Pharmacotherapy.class,
                        "Extended release injectable naltrexone",
                        Pharmacotherapy.NALTREXONE_EXTENDED_RELEASE),
                arguments(
                        TreatmentApproach.class,
                        "12 step facilitation",
                        TreatmentApproach.TWELVE_STEP_FACILITATION),
                arguments(Language.class, "Yup’ik", Language.YUPIK),
                arguments(
                        FacilityOperation.class,
                        "U.S. Department of Veterans Affairs",
                        FacilityOperation.VETERANS_AFFAIRS),
                arguments(
                        FacilityOperation.class,
                        "US Department of Veterans Affairs",
                        FacilityOperation.VETERANS_AFFAIRS));
    }

    @ParameterizedTest
    @MethodSource("punctuationVariants")
    void fromLabelIgnoresHowSeparatorsAndParenthesesAreSpaced(
            Class<? extends SamhsaCoded> type, String label, SamhsaCoded expected) {
        assertThat(VocabularyTest.fromLabel(type, label)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", ".", "Buprenorphine", "Suboxone", "BWN", "with naloxone"})
    void fromLabelFindsNothingForBlankPartialOrUnknownLabels(String label) {
        assertThat(SamhsaCodes.fromLabel(Pharmacotherapy.class, label)).isEmpty();
    }

    @Test
    void fromLabelKeepsWordingInsideTheLabel() {
        // Only trailing punctuation is noise; "(oral)" is what tells the forms apart.
        assertThat(SamhsaCodes.fromLabel(Pharmacotherapy.class, "Naltrexone oral")).isEmpty();
    }

    @Test
    void parseCodesReturnsTheConstantsSkippingBlankEntries() {
        assertThat(SamhsaCodes.parseCodes(Medication.class, List.of("BU", " mu ", "", "bu")))
                .containsExactlyInAnyOrder(Medication.BUPRENORPHINE, Medication.METHADONE);
        assertThat(SamhsaCodes.parseCodes(Medication.class, List.of())).isEmpty();
    }

    @Test
    void parseCodesReportsEveryUnknownCodeInOneMessage() {
        // MM (methadone maintenance) is a real SAMHSA code, but of a service, not a medication.
        assertThatThrownBy(
                        () ->
                                SamhsaCodes.parseCodes(
                                        Medication.class,
                                        Arrays.asList("BU", "XX", "MM", null, " YY ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Medication")
                .hasMessageContainingAll("XX", "MM", "YY")
                .hasMessageNotContaining("BU");
    }

    @Test
    void parseCodesResultCanBeChangedByTheCaller() {
        var medications = SamhsaCodes.parseCodes(Medication.class, List.of("BU"));

        medications.add(Medication.NALTREXONE);

        assertThat(medications).hasSize(2);
    }

    enum Clashing implements SamhsaCoded {
        FIRST("A", "Same"),
        SECOND("B", "same.");

        private final Term term;

        Clashing(String code, String label) {
            term = new Term(code, label);
        }

        @Override
        public Term term() {
            return term;
        }
    }

    @Test
    void anEnumWhoseLabelsClashFailsInsteadOfShadowingOneConstant() {
        assertThatThrownBy(() -> SamhsaCodes.fromCode(Clashing.class, "A"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("FIRST", "SECOND");
    }
}
