package org.opentreatment.directory.facility;

/** Age group a facility accepts, as coded by SAMHSA's locator. */
public enum AgeGroup implements SamhsaCoded {
    ADULTS("ADLT", "Adults"),
    CHILDREN("CHLD", "Children/adolescents"),
    YOUNG_ADULTS("YAD", "Young adults"),
    SENIORS("SNR", "Seniors", "Seniors (65 or older)");

    private final Term term;

    AgeGroup(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<AgeGroup> {}
}
