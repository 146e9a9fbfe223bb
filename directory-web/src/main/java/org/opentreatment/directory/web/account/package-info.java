/**
 * Signing in, with Jakarta Security: the accounts' identity store, one authentication mechanism for
 * the sign-in form (a session, its id changed at sign-in) and for the operators' API (HTTP Basic,
 * no session), and the account pages (sign in and out, register, verify, forgotten and changed
 * passwords).
 */
package org.opentreatment.directory.web.account;
