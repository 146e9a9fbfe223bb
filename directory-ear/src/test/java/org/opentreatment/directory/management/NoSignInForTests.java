package org.opentreatment.directory.management;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Test-only: an identity store that validates nobody. WildFly activates Jakarta Security (Soteria,
 * which provides the {@code Pbkdf2PasswordHash} that account.Passwords needs) only in a deployment
 * that defines an identity store or an authentication mechanism, and the EJB jar alone defines
 * none. Remove once the application's own sign-in (an identity store in the EJB jar) is in.
 */
@ApplicationScoped
public class NoSignInForTests implements IdentityStore {}
