/**
 * Facility pages at {@code /facility/{id}/{slug}}: the path filter that serves them, the links to
 * them, and the view that shows one listing with its own phone number.
 */
package org.opentreatment.directory.web.facility;
