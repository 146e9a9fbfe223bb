/**
 * How the index reads text: the analyzer and normalizer names that the mapping annotations use,
 * their Lucene definitions, and the synonym list for the words people type ("Suboxone" is
 * buprenorphine). The OpenSearch definitions, built from the same list, are in {@code opensearch}.
 */
package org.opentreatment.directory.analysis;
