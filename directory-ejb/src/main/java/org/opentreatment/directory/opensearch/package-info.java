/**
 * What only the OpenSearch build (-Popensearch) uses: the analyzers built from OpenSearch's own
 * filters, the cluster credentials, and the projection records named for the Hibernate Search that
 * the EAR bundles. The default build's EJB jar leaves this package out.
 */
package org.opentreatment.directory.opensearch;
