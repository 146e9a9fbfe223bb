package org.opentreatment.directory.facility;

/** Treatment approach a facility uses, as coded by SAMHSA's locator (N-SUMHSS codes). */
public enum TreatmentApproach implements SamhsaCoded {
    COGNITIVE_BEHAVIORAL_THERAPY("CBT", "Cognitive behavioral therapy"),
    CONTINGENCY_MANAGEMENT("CMI", "Contingency management/motivational incentives"),
    DIALECTICAL_BEHAVIOR_THERAPY("DBT", "Dialectical behavior therapy"),
    MOTIVATIONAL_INTERVIEWING("MOTI", "Motivational interviewing"),
    RELAPSE_PREVENTION("RELP", "Relapse prevention"),
    // "Trauma therapy" is the mental health survey's wording of the same approach.
    TRAUMA_RELATED_COUNSELING("TRC", "Trauma-related counseling", "Trauma therapy"),
    TWELVE_STEP_FACILITATION("TWFA", "12-step facilitation", "Twelve-step facilitation"),
    MATRIX_MODEL("MXM", "Matrix Model"),
    SUBSTANCE_USE_COUNSELING(
            "SACA", "Substance use disorder counseling", "Substance use counseling approach"),
    BRIEF_INTERVENTION("BIA", "Brief intervention"),
    ANGER_MANAGEMENT("ANG", "Anger management"),
    COMMUNITY_REINFORCEMENT_PLUS_VOUCHERS("CRV", "Community reinforcement plus vouchers");

    private final Term term;

    TreatmentApproach(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<TreatmentApproach> {}
}
