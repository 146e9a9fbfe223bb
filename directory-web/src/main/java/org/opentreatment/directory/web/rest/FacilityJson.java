package org.opentreatment.directory.web.rest;

import java.time.LocalDate;
import java.util.List;
import org.opentreatment.directory.facility.Facility;

/** The whole listing, every vocabulary as SAMHSA code and label. */
public record FacilityJson(
        long id,
        String name,
        String alternateName,
        String street1,
        String street2,
        String city,
        String state,
        String zip,
        String county,
        double latitude,
        double longitude,
        String phone,
        String intakePhone,
        String hotlinePhone,
        String website,
        String description,
        String status,
        boolean acceptingNewPatients,
        LocalDate lastVerified,
        boolean dualDiagnosis,
        boolean opioidTreatmentProgram,
        boolean acceptsClientsOnPrescribedMedication,
        List<CodeJson> medications,
        List<CodeJson> typesOfCare,
        List<CodeJson> serviceSettings,
        List<CodeJson> pharmacotherapies,
        List<CodeJson> treatmentApproaches,
        List<CodeJson> payments,
        List<CodeJson> paymentAssistance,
        List<CodeJson> specialGroups,
        List<CodeJson> ageGroups,
        List<CodeJson> genders,
        List<CodeJson> languageServices,
        List<CodeJson> languages,
        CodeJson operation,
        List<CodeJson> accreditations,
        boolean sample,
        String url) {

    static FacilityJson of(Facility f, String url) {
        var a = f.getAddress();
        return new FacilityJson(f.getId(), f.getName(), f.getAlternateName(), a.getStreet1(), a.getStreet2(),
                a.getCity(), a.getState(), a.getZip(), a.getCounty(), f.getLatitude(), f.getLongitude(), f.getPhone(),
                f.getIntakePhone(), f.getHotlinePhone(), f.getWebsite(), f.getDescription(), f.getStatus().code(),
                f.isAcceptingNewPatients(), f.getLastVerified(), f.isDualDiagnosis(), f.isOpioidTreatmentProgram(),
                f.isAcceptsClientsOnPrescribedMedication(), CodeJson.of(f.getMedications()),
                CodeJson.of(f.getTypesOfCare()), CodeJson.of(f.getServiceSettings()),
                CodeJson.of(f.getPharmacotherapies()), CodeJson.of(f.getTreatmentApproaches()),
                CodeJson.of(f.getPayments()), CodeJson.of(f.getPaymentAssistance()), CodeJson.of(f.getSpecialGroups()),
                CodeJson.of(f.getAgeGroups()), CodeJson.of(f.getGenders()), CodeJson.of(f.getLanguageServices()),
                CodeJson.of(f.getLanguages()), CodeJson.of(f.getOperation()), CodeJson.of(f.getAccreditations()),
                f.isSample(), url);
    }
}
