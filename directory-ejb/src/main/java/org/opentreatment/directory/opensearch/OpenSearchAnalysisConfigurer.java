package org.opentreatment.directory.opensearch;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.opentreatment.directory.analysis.Analyzers;
import org.opentreatment.directory.analysis.SynonymRules;

/**
 * The analyzers named in {@link Analyzers} for the Elasticsearch backend (OpenSearch), built from
 * OpenSearch's own filters to behave as {@link DirectoryAnalysisConfigurer} does on Lucene: the
 * same tokenizer, the same Lucene filters underneath, and the rules of the same {@code
 * synonyms.txt}, sent inline because the cluster cannot read the application's files.
 *
 * <p>The definitions become part of the index settings when the index is created; a changed synonym
 * list needs the index dropped and rebuilt (see docs/operations.md).
 */
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    static final String POSSESSIVE = "directory_english_possessive";
    static final String MINIMAL_STEM = "directory_english_minimal_stem";
    static final String SYNONYMS = "directory_synonyms";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        // Lucene's EnglishPossessiveFilter and EnglishMinimalStemFilter, by their OpenSearch names
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(MINIMAL_STEM).type("stemmer").param("language", "minimal_english");
        // OpenSearch runs the rules through the filters before this one (tokenizer, possessive,
        // lowercase, folding), which is what ignoreCase does on Lucene.
        context.tokenFilter(SYNONYMS)
                .type("synonym_graph")
                .param("synonyms", SynonymRules.load().toArray(String[]::new))
                .param("expand", true);

        context.analyzer(Analyzers.TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", MINIMAL_STEM);

        context.analyzer(Analyzers.TEXT_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", SYNONYMS, MINIMAL_STEM);

        context.normalizer(Analyzers.SORT).custom().tokenFilters("lowercase", "asciifolding");

        context.normalizer(Analyzers.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }
}
