/**
 * What the frame of every page shows: the helplines with who answers them, and attributions; and
 * that every page is stateless (no session, no cookie).
 */
package org.opentreatment.directory.web.layout;
