/**
 * The pages where facility admins keep their listings true: the list of their listings and the
 * listing editor. Unlike the public pages these keep view state (see {@code
 * web.layout.StatelessViews}): a form is kept across its postbacks, with a draft of the listing.
 * What a caller may change is decided by the services ({@code management}), never here.
 */
package org.opentreatment.directory.web.manage;
