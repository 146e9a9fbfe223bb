package org.opentreatment.directory.analysis;

/** Names of the analyzers and normalizers, shared by the mapping annotations and the configurer. */
public final class Analyzers {

    /**
     * Words of names, descriptions and service labels: folded to lower-case ASCII, lightly stemmed.
     */
    public static final String TEXT = "directory_text";

    /**
     * {@link #TEXT} plus the words people type for the same thing ("Suboxone" is buprenorphine).
     */
    public static final String TEXT_QUERY = "directory_text_query";

    /** A whole value for sorting: lower-case ASCII, so "Élan" sorts with "Elan". */
    public static final String SORT = "directory_sort";

    /** A whole value for exact but case- and accent-insensitive matching. */
    public static final String KEYWORD = "directory_keyword";

    private Analyzers() {}
}
