package org.opentreatment.directory.search;

import java.util.Optional;

/**
 * A yes-or-no filter of the public search: {@code dualDiagnosis=true} keeps only the facilities
 * that have it. Flags combine with each other and with the filter groups with AND. Like {@link
 * FilterGroup}, each constant names its URL parameter and its index field, and is counted as a
 * facet.
 */
public enum FilterFlag {
    /** Care for co-occurring mental illness, such as depression, as well as substance use. */
    DUAL_DIAGNOSIS("dualDiagnosis", "dualDiagnosis"),
    /** A certified opioid treatment program (OTP): the only kind that may dispense methadone. */
    OPIOID_TREATMENT_PROGRAM("otp", "opioidTreatmentProgram"),
    /** Taking new patients now. */
    ACCEPTING_NEW_PATIENTS("accepting", "acceptingNewPatients");

    private final String parameter;
    private final String field;

    FilterFlag(String parameter, String field) {
        this.parameter = parameter;
        this.field = field;
    }

    /** The URL parameter, given as {@code true} or {@code false} (the same as leaving it out). */
    public String parameter() {
        return parameter;
    }

    String field() {
        return field;
    }

    /** The flag read from this URL parameter, if any. */
    public static Optional<FilterFlag> ofParameter(String parameter) {
        for (FilterFlag flag : values()) {
            if (flag.parameter.equals(parameter)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }
}
