/**
 * The public search on Hibernate Search, a local Lucene index or (built with -Popensearch) an
 * OpenSearch index that several nodes share: the query, its result records read from index
 * projections, the analyzers for both backends with the synonyms for words people type, and index
 * upkeep.
 */
package org.opentreatment.directory.search;
