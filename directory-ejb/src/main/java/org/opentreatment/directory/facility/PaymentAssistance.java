package org.opentreatment.directory.facility;

/** Payment assistance a facility offers, as coded by SAMHSA's locator. */
public enum PaymentAssistance implements SamhsaCoded {
    PAYMENT_ASSISTANCE(
            "PA", "Payment assistance", "Payment assistance (check with facility for details)"),
    SLIDING_FEE_SCALE(
            "SS",
            "Sliding fee scale",
            "Sliding fee scale (fee is based on income and other factors)");

    private final Term term;

    PaymentAssistance(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<PaymentAssistance> {}
}
