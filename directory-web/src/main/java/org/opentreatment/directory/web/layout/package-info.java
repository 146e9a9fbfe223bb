/** What the frame of every page shows: the helplines with who answers them, and attributions. */
package org.opentreatment.directory.web.layout;
