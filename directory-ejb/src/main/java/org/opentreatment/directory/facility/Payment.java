package org.opentreatment.directory.facility;

/** Payment, insurance or funding a facility accepts, as coded by SAMHSA's locator. */
public enum Payment implements SamhsaCoded {
    PRIVATE_INSURANCE("PI", "Private health insurance"),
    MEDICAID("MD", "Medicaid"),
    MEDICARE("MC", "Medicare"),
    MILITARY_INSURANCE("MI", "Military insurance (e.g., TRICARE)", "Military insurance"),
    STATE_INSURANCE(
            "SI",
            "State-financed health insurance plan other than Medicaid",
            "State financed health insurance plan other than Medicaid"),
    // The 2015 directory's IHS code, "IHS/638 contract care funds", before it became ITU.
    IHS_TRIBAL_URBAN(
            "ITU",
            "IHS/Tribal/Urban (ITU) funds",
            "IHS/Tribal/Urban funds",
            "IHS/638 contract care funds"),
    SELF_PAY("SF", "Cash or self-payment"),
    FREE("NP", "No payment accepted", "Free");

    private final Term term;

    Payment(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<Payment> {}
}
