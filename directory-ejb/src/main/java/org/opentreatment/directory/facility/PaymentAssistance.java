package org.opentreatment.directory.facility;

import java.util.List;

/** Payment assistance a facility offers, as coded by SAMHSA's locator. */
public enum PaymentAssistance implements SamhsaCoded {
    PAYMENT_ASSISTANCE(
            "PA", "Payment assistance", "Payment assistance (check with facility for details)"),
    SLIDING_FEE_SCALE(
            "SS",
            "Sliding fee scale",
            "Sliding fee scale (fee is based on income and other factors)");

    private final String code;
    private final String label;
    private final List<String> alternativeLabels;

    PaymentAssistance(String code, String label, String... alternativeLabels) {
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
    public static class Converter extends SamhsaCodeConverter<PaymentAssistance> {
        public Converter() {
            super(PaymentAssistance.class);
        }
    }

    /** Stores a set of these as one column of codes. */
    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<PaymentAssistance> {
        public SetConverter() {
            super(PaymentAssistance.class);
        }
    }
}
