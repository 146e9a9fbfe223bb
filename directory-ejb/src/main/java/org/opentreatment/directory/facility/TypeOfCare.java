package org.opentreatment.directory.facility;

/** Type of care a facility offers, as coded by SAMHSA's locator (FindTreatment.gov). */
public enum TypeOfCare implements SamhsaCoded {
    SUBSTANCE_USE(
            "SA",
            "Substance use treatment",
            "Substance abuse treatment",
            "Substance abuse treatment services"),
    DETOX("DT", "Detoxification", "Detox"),
    TRANSITIONAL_HOUSING(
            "HH",
            "Transitional housing, halfway house or sober home",
            "Transitional housing, halfway house, or sober home",
            "Transitional housing or halfway house"),
    CO_OCCURRING("SUMH", "Treatment for co-occurring substance use and serious mental illness"),
    MENTAL_HEALTH("MH", "Mental health treatment", "Mental health treatment services"),
    // The 2019 locator listed telehealth among the service settings, in two wordings.
    TELEHEALTH("TELE", "Telemedicine/telehealth", "Computerized treatment/telemedicine");

    private final Term term;

    TypeOfCare(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<TypeOfCare> {}
}
