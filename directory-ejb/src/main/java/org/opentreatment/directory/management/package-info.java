/**
 * Keeping listings true: what facility admins and site admins may change, and the changing itself.
 * Site admins also work the queue of listing reports ({@link
 * org.opentreatment.directory.management.ReportQueue}), imports ({@link
 * org.opentreatment.directory.management.SiteImports}) and re-indexing ({@link
 * org.opentreatment.directory.management.SiteIndexing}) here. Every service method checks who is
 * calling ({@link ListingAccess}) whatever page or request it came from, so a forged id reaches
 * nothing that hiding a button would have hidden. Also the site admins' desk: confirming a listing
 * ({@link Verification}), stale listings ({@link Staleness}) and the weekly reminders to their
 * keepers ({@link StaleReminders}), the dashboard ({@link Dashboard}).
 */
package org.opentreatment.directory.management;
