package org.opentreatment.directory.facility;

/** Who operates a facility, as coded by SAMHSA's locator. */
public enum FacilityOperation implements SamhsaCoded {
    PRIVATE_FOR_PROFIT("PVTP", "Private for-profit organization", "Private for-profit"),
    PRIVATE_NON_PROFIT("PVTN", "Private non-profit organization", "Private non-profit"),
    // The second wording is the mental health survey's for the same kind of operator.
    LOCAL_GOVERNMENT(
            "LCCG",
            "Local, county, or community government",
            "Regional/district or county, local or municipal government"),
    STATE_GOVERNMENT("STG", "State government"),
    FEDERAL_GOVERNMENT("FED", "Federal government"),
    VETERANS_AFFAIRS(
            "VAMC",
            "U.S. Department of Veterans Affairs",
            "Department of Veterans Affairs",
            "Veterans Affairs"),
    DEPARTMENT_OF_DEFENSE("DDF", "U.S. Department of Defense", "Department of Defense"),
    INDIAN_HEALTH_SERVICE("IH", "Indian Health Service"),
    TRIBAL_GOVERNMENT("TBG", "Tribal government");

    private final Term term;

    FacilityOperation(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends SamhsaCodeConverter<FacilityOperation> {}
}
