package org.opentreatment.directory.web.learn;

import java.util.List;

/** The explainer pages' addresses, for the sitemap and anything else that lists them. */
public final class Explainers {

    /** The index of the explainers. */
    public static final String INDEX = "/learn";

    /** The index and the five explainers, in the order the index lists them. */
    public static final List<String> EXPLAINERS =
            List.of(
                    INDEX,
                    INDEX + "/dual-diagnosis",
                    INDEX + "/medications",
                    INDEX + "/types-of-care",
                    INDEX + "/paying",
                    INDEX + "/calling");

    private Explainers() {}
}
