/**
 * The home page's search: a view bean whose state is the page's URL, so that every search and
 * result page can be bookmarked and shared.
 */
package org.opentreatment.directory.web.search;
