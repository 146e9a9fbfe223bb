/**
 * The pages of signed-in facility admins and site admins (/manage/): their listings and the listing
 * editor, a listing's change history, claims, "is this listing still accurate?", and the site
 * admins' pages (reports, imports, re-indexing, stale listings, the dashboard). The editor and
 * history keep view state (a view-scoped bean, a form across postbacks; see {@code
 * web.layout.StatelessViews}), unlike the public pages. What a caller may see and change is decided
 * by the services ({@code management}), never here.
 */
package org.opentreatment.directory.web.manage;
