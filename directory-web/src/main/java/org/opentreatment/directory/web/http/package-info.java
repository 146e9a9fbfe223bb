/**
 * What every HTTP response of the directory carries, whichever server runs it: privacy headers, and
 * for the answers the server gives itself (401, 403) the API's JSON error shape under /api/.
 */
package org.opentreatment.directory.web.http;
