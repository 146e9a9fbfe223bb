package org.opentreatment.directory.facility;

/** Gender a facility accepts, as coded by SAMHSA's locator. */
public enum Gender implements SamhsaCoded {
    FEMALE("FEM", "Female"),
    MALE("MALE", "Male");

    private final Term term;

    Gender(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<Gender> {}
}
