/**
 * Turns what a person types (a ZIP code such as "43215" or "43215-1234", or a city and state such
 * as "St. Louis, MO" or "columbus ohio") into a {@link org.opentreatment.directory.geo.Place} with
 * a point on the map, through the {@link org.opentreatment.directory.geo.Gazetteer}, and lists the
 * US states. The places come from the GeoNames US postal-code file (geonames.org), shipped here as
 * {@code us-postal-codes.tsv.gz} under the Creative Commons Attribution 4.0 licence, so every page
 * that shows them credits {@link org.opentreatment.directory.geo.GeoNames#ATTRIBUTION}.
 */
package org.opentreatment.directory.geo;
