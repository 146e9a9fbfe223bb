package org.opentreatment.directory.search;

import java.io.Serializable;
import java.util.List;

/**
 * A search as it arrives from a URL or a form: raw text, exactly as the person or program sent it.
 * The same parameter names serve the pages and the REST API, so a result page's URL and an API call
 * read alike.
 */
public record SearchParameters(
        String near,
        String lat,
        String lon,
        String radius,
        String state,
        String city,
        String dualDiagnosis,
        List<String> medication,
        String q,
        String page,
        String size)
        implements Serializable {

    public SearchParameters {
        medication = medication == null ? List.of() : List.copyOf(medication);
    }

    public static SearchParameters empty() {
        return new SearchParameters(
                null, null, null, null, null, null, null, List.of(), null, null, null);
    }
}
