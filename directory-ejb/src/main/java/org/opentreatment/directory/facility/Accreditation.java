package org.opentreatment.directory.facility;

/**
 * License, certification or accreditation a facility holds, as listed by SAMHSA's locator. The
 * locator export carries only labels for these, and the 2015 codes file has none, so the codes here
 * are the project's own: short, SAMHSA-like and never to be changed once data uses them.
 */
public enum Accreditation implements SamhsaCoded {
    STATE_SUBSTANCE_USE_AGENCY("SSA", "State substance use agency", "State substance abuse agency"),
    STATE_MENTAL_HEALTH_DEPARTMENT("SMHD", "State mental health department"),
    STATE_DEPARTMENT_OF_HEALTH("STDH", "State department of health"),
    HOSPITAL_LICENSING_AUTHORITY("HLA", "Hospital licensing authority"),
    CARF_ACCREDITATION(
            "CARF",
            "Commission on Accreditation of Rehabilitation Facilities (CARF)",
            "Commission on Accreditation of Rehabilitation Facilities",
            "CARF"),
    JOINT_COMMISSION("JC", "The Joint Commission", "Joint Commission"),
    COA_ACCREDITATION("COA", "Council on Accreditation (COA)", "Council on Accreditation", "COA"),
    HFAP_ACCREDITATION(
            "HFAP",
            "Healthcare Facilities Accreditation Program (HFAP)",
            "Healthcare Facilities Accreditation Program",
            "HFAP"),
    NCQA_ACCREDITATION(
            "NCQA",
            "National Committee for Quality Assurance (NCQA)",
            "National Committee for Quality Assurance",
            "NCQA"),
    FEDERALLY_QUALIFIED_HEALTH_CENTER(
            "FQHC",
            "Federally Qualified Health Center",
            "Federally Qualified Health Center (FQHC)"),
    SAMHSA_OTP_CERTIFICATION(
            "OTP",
            "SAMHSA certification for opioid treatment program (OTP)",
            "SAMHSA-certified Opioid Treatment Program",
            "Opioid Treatment Program (OTP)"),
    DEA_REGISTRATION(
            "DEA",
            "Drug Enforcement Administration (DEA) registration",
            "Drug Enforcement Administration (DEA)");

    private final Term term;

    Accreditation(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<Accreditation> {}
}
