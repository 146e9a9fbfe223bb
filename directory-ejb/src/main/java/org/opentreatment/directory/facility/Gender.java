package org.opentreatment.directory.facility;

import java.util.List;

/** Gender a facility accepts, as coded by SAMHSA's locator. */
public enum Gender implements SamhsaCoded {
    FEMALE("FEM", "Female"),
    MALE("MALE", "Male");

    private final String code;
    private final String label;
    private final List<String> alternativeLabels;

    Gender(String code, String label, String... alternativeLabels) {
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
    public static class Converter extends SamhsaCodeConverter<Gender> {
        public Converter() {
            super(Gender.class);
        }
    }

    /** Stores a set of these as one column of codes. */
    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<Gender> {
        public SetConverter() {
            super(Gender.class);
        }
    }
}
