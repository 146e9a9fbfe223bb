package org.opentreatment.directory.imports.locator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opentreatment.directory.imports.locator.LocatorServiceGroupsTest.effects;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.imports.locator.LabelOutcome.Kind;
import org.opentreatment.directory.imports.locator.LocatorRecords.Applied;

/**
 * Whole records in the export's shape, invented for the tests (locator-records.json): every group
 * of a record applied to one listing, as the importer does.
 */
class LocatorRecordsTest {

    private static Map<String, Applied> records;

    @BeforeAll
    static void applyTheFixture() {
        records =
                LocatorRecords.rows(
                                LocatorRecordsTest.class.getResourceAsStream(
                                        "locator-records.json"))
                        .stream()
                        .map(LocatorRecords::apply)
                        .collect(Collectors.toMap(Applied::frid, Function.identity()));
    }

    @Test
    void anOpioidTreatmentProgramWithEveryKindOfOutcome() {
        Applied harbor = records.get("example-harbor-recovery");

        assertThat(harbor.typeKnown()).isTrue();
        assertThat(effects(harbor.facility()))
                .containsExactly(
                        "Accreditation:CARF",
                        "Accreditation:OTP",
                        "Accreditation:SSA",
                        "AgeGroup:ADLT",
                        "AgeGroup:YAD",
                        "Gender:FEM",
                        "Gender:MALE",
                        "Language:SP",
                        "LanguageService:AH",
                        "LanguageService:SP",
                        "Medication:BU",
                        "Medication:MU",
                        "Medication:NU",
                        "Payment:MD",
                        "Payment:SF",
                        "PaymentAssistance:SS",
                        "Pharmacotherapy:BWN",
                        "Pharmacotherapy:METH",
                        "Pharmacotherapy:NXN",
                        "ServiceSetting:OMB",
                        "ServiceSetting:OP",
                        "SpecialGroup:CO",
                        "SpecialGroup:PW",
                        "TreatmentApproach:CBT",
                        "TypeOfCare:SA",
                        "TypeOfCare:SUMH",
                        "TypeOfCare:TELE",
                        "acceptsClientsOnPrescribedMedication",
                        "operation:PVTN",
                        "opioidTreatmentProgram");
        assertThat(harbor.outcomes(Kind.NOT_CARRIED))
                .extracting(LabelOutcome::groupCode, LabelOutcome::label)
                .containsExactly(
                        tuple(
                                "OT",
                                "Use methadone/buprenorphine for pain management or emergency"
                                        + " dosing"),
                        tuple("PAY", "County or local government funds"),
                        tuple("SCR", "Drug or alcohol urine screening"),
                        tuple("EXCL", "Methadone and buprenorphine clients only"));
        assertThat(harbor.outcomes(Kind.UNKNOWN))
                .containsExactly(
                        new LabelOutcome(
                                "TAP",
                                "Treatment Approaches",
                                "Equine-assisted therapy",
                                Kind.UNKNOWN),
                        new LabelOutcome("ZZPK", "Parking", "Free parking", Kind.UNKNOWN));
    }

    @Test
    void aMentalHealthFacilityInTheMentalHealthSurveysWording() {
        Applied valley = records.get("example-valley-counseling");

        assertThat(valley.typeKnown()).isTrue();
        // PAYAS is no code of the export's, but the group's name is known.
        assertThat(effects(valley.facility()))
                .containsExactly(
                        "AgeGroup:CHLD",
                        "AgeGroup:SNR",
                        "Language:F30",
                        "Language:N23",
                        "LanguageService:FX",
                        "LanguageService:NX",
                        "Payment:MC",
                        "Payment:MD",
                        "PaymentAssistance:PA",
                        "Pharmacotherapy:MPD",
                        "ServiceSetting:ODT",
                        "ServiceSetting:OP",
                        "SpecialGroup:GL",
                        "TreatmentApproach:TRC",
                        "TypeOfCare:MH",
                        "TypeOfCare:SUMH",
                        "TypeOfCare:TELE",
                        "operation:LCCG");
        assertThat(valley.outcomes(Kind.NOT_CARRIED))
                .extracting(LabelOutcome::label)
                .containsExactly(
                        "Group therapy",
                        "Community Mental Health Block Grants",
                        "Persons with serious mental illness (SMI)",
                        "Community mental health center",
                        "Crisis intervention team");
        assertThat(valley.outcomes(Kind.UNKNOWN)).isEmpty();
        assertThat(valley.facility().isDualDiagnosis()).isTrue();
    }

    @Test
    void anOpioidTreatmentProgramByItsFacilityTypeIsNotAssumedToGiveMethadone() {
        Applied clinic = records.get("example-dosing-clinic");

        assertThat(clinic.typeKnown()).isTrue();
        assertThat(effects(clinic.facility()))
                .containsExactly(
                        "Accreditation:OTP",
                        "Medication:BU",
                        "Payment:PI",
                        "Pharmacotherapy:BERI",
                        "TypeOfCare:SA",
                        "opioidTreatmentProgram");
        assertThat(clinic.outcomes())
                .extracting(LabelOutcome::kind)
                .containsOnly(Kind.MAPPED)
                .hasSize(2);
    }

    @Test
    void everyRecordOfTheFixtureIsChecked() {
        assertThat(records.keySet())
                .containsExactlyInAnyOrder(
                        "example-harbor-recovery",
                        "example-valley-counseling",
                        "example-dosing-clinic");
        assertThat(records.values().stream().map(Applied::outcomes).mapToInt(List::size).sum())
                .isEqualTo(34 + 21 + 2);
    }
}
