/**
 * The public search on Hibernate Search's Lucene backend: the query, its result records read from
 * index projections, the analyzers with the synonyms for words people type, and index upkeep.
 */
package org.opentreatment.directory.search;
