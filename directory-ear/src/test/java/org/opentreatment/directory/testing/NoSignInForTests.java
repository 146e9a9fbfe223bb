package org.opentreatment.directory.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Test-only: an identity store that validates nobody. WildFly activates Jakarta Security (Soteria,
 * which provides the {@code Pbkdf2PasswordHash} that account.Passwords needs) only in a deployment
 * that defines an identity store or an authentication mechanism, and the EJB jar alone defines
 * none: the application's own (web.account) live in the web module, which an in-container test WAR
 * does not carry.
 */
@ApplicationScoped
public class NoSignInForTests implements IdentityStore {}
