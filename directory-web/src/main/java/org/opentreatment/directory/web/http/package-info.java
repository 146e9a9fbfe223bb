/**
 * What every HTTP response of the directory carries, whichever server runs it: privacy headers, and
 * for the answers the server gives itself (401, 403) the API's JSON error shape under /api/; and
 * what guards the operators' endpoints around the server's own sign-in: HTTPS only, and a lock-out
 * after repeated wrong passwords.
 */
package org.opentreatment.directory.web.http;
