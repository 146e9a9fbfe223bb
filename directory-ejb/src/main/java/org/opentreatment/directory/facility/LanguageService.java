package org.opentreatment.directory.facility;

import java.util.List;

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

    private final String code;
    private final String label;
    private final List<String> alternativeLabels;

    LanguageService(String code, String label, String... alternativeLabels) {
        this.code = code;
        this.label = label;
        this.alternativeLabels = List.of(alternativeLabels);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> alternativeLabels() {
        return alternativeLabels;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends SamhsaCodeConverter<LanguageService> {
        public Converter() {
            super(LanguageService.class);
        }
    }

    /** Stores a set of these as one column of codes. */
    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<LanguageService> {
        public SetConverter() {
            super(LanguageService.class);
        }
    }
}
