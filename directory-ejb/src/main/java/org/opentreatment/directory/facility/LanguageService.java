package org.opentreatment.directory.facility;

/**
 * Language service a facility offers, as coded by SAMHSA's locator; the individual languages are in
 * {@link Language}.
 */
public enum LanguageService implements SamhsaCoded {
    SPANISH("SP", "Spanish"),
    SIGN_LANGUAGE(
            "AH",
            "Sign language services for the deaf and hard of hearing",
            "Services for the deaf and hard of hearing",
            "Services for the hearing-impaired"),
    NATIVE_AMERICAN("NX", "American Indian or Alaska Native languages"),
    OTHER_LANGUAGES("FX", "Other languages");

    private final Term term;

    LanguageService(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<LanguageService> {}
}
