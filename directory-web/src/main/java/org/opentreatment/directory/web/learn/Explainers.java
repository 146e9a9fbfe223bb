package org.opentreatment.directory.web.learn;

import java.util.List;
import java.util.Map;

/** The explainer pages' addresses, for the sitemap and anything else that lists them. */
public final class Explainers {

    /** The index of the explainers. */
    public static final String INDEX = "/learn";

    public static final String DUAL_DIAGNOSIS = INDEX + "/dual-diagnosis";
    public static final String MEDICATIONS = INDEX + "/medications";
    public static final String TYPES_OF_CARE = INDEX + "/types-of-care";
    public static final String PAYING = INDEX + "/paying";
    public static final String CALLING = INDEX + "/calling";

    /** The index and the five explainers, in the order the index lists them. */
    public static final List<String> EXPLAINERS =
            List.of(INDEX, DUAL_DIAGNOSIS, MEDICATIONS, TYPES_OF_CARE, PAYING, CALLING);

    /**
     * The explainer of a search filter, by its URL parameter, for the link beside it: what dual
     * diagnosis means, the medications, types of care, paying.
     */
    public static final Map<String, String> OF_FILTER =
            Map.of(
                    "dualDiagnosis", DUAL_DIAGNOSIS,
                    "otp", MEDICATIONS,
                    "medication", MEDICATIONS,
                    "pharmacotherapy", MEDICATIONS,
                    "typeOfCare", TYPES_OF_CARE,
                    "setting", TYPES_OF_CARE,
                    "payment", PAYING,
                    "paymentAssistance", PAYING);

    private Explainers() {}
}
