package org.opentreatment.directory.facility;

import java.util.List;

/** Age group a facility accepts, as coded by SAMHSA's locator. */
public enum AgeGroup implements SamhsaCoded {
    ADULTS("ADLT", "Adults"),
    CHILDREN("CHLD", "Children/adolescents"),
    YOUNG_ADULTS("YAD", "Young adults"),
    SENIORS("SNR", "Seniors", "Seniors (65 or older)");

    private final String code;
    private final String label;
    private final List<String> alternativeLabels;

    AgeGroup(String code, String label, String... alternativeLabels) {
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
    public static class Converter extends SamhsaCodeConverter<AgeGroup> {
        public Converter() {
            super(AgeGroup.class);
        }
    }

    /** Stores a set of these as one column of codes. */
    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<AgeGroup> {
        public SetConverter() {
            super(AgeGroup.class);
        }
    }
}
