/**
 * "Report a problem with this listing": what a visitor says is wrong with a listing ({@link
 * ListingReport}: a kind of problem and optional details, nothing about the person), kept for the
 * site's administrators, who list and resolve reports through {@link ListingReportService}.
 */
package org.opentreatment.directory.report;
