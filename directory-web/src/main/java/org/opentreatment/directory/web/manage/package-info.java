/**
 * The pages of signed-in facility admins and site admins (/manage/): a listing's change history
 * ({@link org.opentreatment.directory.web.manage.ListingHistoryView}), "is this listing still
 * accurate?" ({@link org.opentreatment.directory.web.manage.VerifyView}), and the site admins'
 * stale listings and dashboard ({@link org.opentreatment.directory.web.manage.StaleView}, {@link
 * org.opentreatment.directory.web.manage.DashboardView}). They keep view state (a view-scoped bean,
 * a form across postbacks), unlike the public pages; the services they call decide who may see and
 * change what.
 */
package org.opentreatment.directory.web.manage;
