/**
 * The directory as an Open Referral HSDS 3.0 API under {@code /api/hsds}: services, organizations,
 * services at locations, the taxonomy of our SAMHSA-based vocabulary and its terms, each paged in
 * HSDS's envelope, and a bulk download of every active listing. A listing is one service of one
 * organization at one location; every id is derived from the listing's uuid ({@link
 * org.opentreatment.directory.web.hsds.HsdsIds}). See docs/hsds.md.
 */
package org.opentreatment.directory.web.hsds;
