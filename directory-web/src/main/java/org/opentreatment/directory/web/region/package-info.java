/**
 * Region and city pages ({@code /treatment/ohio}, {@code /treatment/ohio/columbus}): the public
 * search kept to a state or a city at a stable, readable address, the states' and cities' lists
 * with live counts, and the sitemap that lists them.
 */
package org.opentreatment.directory.web.region;
