/**
 * The site's stable addresses that several parts link to (a facility page's {@code
 * /facility/{id}/{slug}}), in a package that depends on no other part of the web module, so that
 * the search links to facility pages and a facility page links back to the search without a cycle.
 */
package org.opentreatment.directory.web.links;
