package org.opentreatment.directory.facility;

/** Service setting (outpatient, residential, inpatient...), as coded by SAMHSA's locator. */
public enum ServiceSetting implements SamhsaCoded {
    HOSPITAL_INPATIENT("HI", "Hospital inpatient"),
    OUTPATIENT("OP", "Outpatient"),
    RESIDENTIAL("RES", "Residential"),
    OUTPATIENT_DETOX("OD", "Outpatient detox", "Outpatient detoxification"),
    // Mental health facilities report the same setting as "partial hospitalization" (SAMHSA PH).
    OUTPATIENT_DAY_TREATMENT(
            "ODT",
            "Outpatient day treatment or partial hospitalization",
            "Partial hospitalization/day treatment"),
    INTENSIVE_OUTPATIENT("OIT", "Intensive outpatient", "Intensive outpatient treatment"),
    OUTPATIENT_MEDICATION(
            "OMB",
            "Outpatient methadone/buprenorphine or naltrexone",
            "Outpatient methadone/buprenorphine or naltrexone treatment",
            "Outpatient methadone/buprenorphine or Vivitrol®"),
    REGULAR_OUTPATIENT("ORT", "Regular outpatient", "Regular outpatient treatment"),
    RESIDENTIAL_DETOX("RD", "Residential detox", "Residential detoxification"),
    LONG_TERM_RESIDENTIAL("RL", "Long-term residential"),
    SHORT_TERM_RESIDENTIAL("RS", "Short-term residential");

    private final Term term;

    ServiceSetting(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<ServiceSetting> {}
}
