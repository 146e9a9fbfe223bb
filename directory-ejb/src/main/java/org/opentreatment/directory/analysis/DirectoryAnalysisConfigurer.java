package org.opentreatment.directory.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Defines the analyzers named in {@link Analyzers}. Synonyms apply at query time only, so the
 * synonym list can change without re-indexing. Lucene factories are named by their SPI names: on
 * WildFly the deployment sees Hibernate Search's API but not Lucene's classes. The Elasticsearch
 * backend's twin is {@link OpenSearchAnalysisConfigurer}.
 */
public class DirectoryAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishMinimalStem");

        context.analyzer(Analyzers.TEXT_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("synonymGraph")
                .param("synonyms", SynonymRules.RESOURCE)
                .param("ignoreCase", "true")
                .param("expand", "true")
                .tokenFilter("englishMinimalStem");

        context.normalizer(Analyzers.SORT)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");

        context.normalizer(Analyzers.KEYWORD)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
