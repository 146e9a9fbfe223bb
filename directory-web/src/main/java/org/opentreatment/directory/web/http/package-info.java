/** What every HTTP response of the directory carries, whichever server runs it. */
package org.opentreatment.directory.web.http;
