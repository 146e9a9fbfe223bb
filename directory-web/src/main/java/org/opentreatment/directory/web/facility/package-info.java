/**
 * Facility pages at {@code /facility/{id}/{slug}}: the path filter that serves them, and the view
 * that shows one listing with its own phone number first, its services in the locator's groups,
 * hours, directions and schema.org JSON-LD, the way back to the search it was reached from, and the
 * "report a problem with this listing" form with its limit per client address.
 */
package org.opentreatment.directory.web.facility;
