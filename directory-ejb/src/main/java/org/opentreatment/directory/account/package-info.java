/**
 * Accounts of the people who keep listings true (facility admins), of the site's administrators and
 * of operators' scripts: who they are, how they prove it (a PBKDF2-hashed password, e-mailed
 * single-use links) and which listings each may change. Signing in itself (the login form, HTTP
 * Basic for the operators' API) is the web module's, through Jakarta Security.
 */
package org.opentreatment.directory.account;
