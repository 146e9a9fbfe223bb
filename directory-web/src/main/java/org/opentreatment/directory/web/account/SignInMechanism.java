package org.opentreatment.directory.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.opentreatment.directory.account.AccountService;
import org.opentreatment.directory.account.SignedIn;
import org.opentreatment.directory.web.http.BasicCredentials;
import org.opentreatment.directory.web.http.SignInLockout;

/**
 * How a request says who sends it, for the whole application:
 *
 * <ul>
 *   <li>the sign-in form ({@link SignInView}, through {@code SecurityContext.authenticate}): the
 *       account is kept in the HTTP session, whose id is changed at that moment (neither WildFly
 *       nor Payara does it by itself), so an id planted before sign-in is worth nothing after;
 *   <li>a page of a signed-in person: the session, checked against the account on every request, so
 *       a disabled account or a changed password ends every other session at once;
 *   <li>the operators' API ({@code /api/}): HTTP Basic on every request, never a session or a
 *       cookie, so no other site can make a signed-in browser call it;
 *   <li>a protected page without a session: a redirect to the sign-in page, which comes back to it;
 *       a protected API address: 401 with the Basic challenge.
 * </ul>
 *
 * Wrong passwords are counted per account and per address ({@link SignInLockout}); a locked one is
 * refused before its password is checked.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = SignInMechanism.class.getName() + ".signedIn";

    static final String CHALLENGE = "Basic realm=\"Treatment directory operations\"";

    @Inject IdentityStoreHandler identityStores;

    @Inject SignInLockout lockout;

    @EJB AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential given = context.getAuthParameters().getCredential();
        if (given != null) {
            return formSignIn(request, context, given);
        }
        if (isApi(request)) {
            Optional<BasicCredentials.Given> basic =
                    BasicCredentials.credentials(request.getHeader("Authorization"));
            if (basic.isPresent()) {
                return basicSignIn(request, response, context, basic.get());
            }
        } else {
            Optional<SignedIn> session = fromSession(request);
            if (session.isPresent()) {
                return context.notifyContainerAboutLogin(
                        session.get().name(), session.get().groups());
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            // A locked address is told so even when it sends no credentials
            lockout.lockedFor(null, request.getRemoteAddr())
                    .ifPresent(wait -> request.setAttribute(SignInLockout.LOCKED, wait));
            response.setHeader("WWW-Authenticate", CHALLENGE);
            return context.responseUnauthorized();
        }
        return context.redirect(signInPage(request));
    }

    @Override
    public void cleanSubject(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus formSignIn(
            HttpServletRequest request, HttpMessageContext context, Credential given) {
        CredentialValidationResult result = identityStores.validate(given);
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !(result.getCallerPrincipal() instanceof AccountPrincipal principal)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true).setAttribute(SESSION_KEY, principal.signedIn());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basicSignIn(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            BasicCredentials.Given basic) {
        String address = request.getRemoteAddr();
        // A locked account or address gets the 401, whatever its password; the error page turns
        // it into the 429 with Retry-After (AccessErrorServlet), so both look the same.
        Optional<Duration> locked = lockout.lockedFor(basic.account(), address);
        if (locked.isPresent()) {
            request.setAttribute(SignInLockout.LOCKED, locked.get());
        } else {
            CredentialValidationResult result =
                    identityStores.validate(
                            new UsernamePasswordCredential(
                                    basic.account(), new Password(basic.password())));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            lockout.signInFailed(basic.account(), address);
        }
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    /** The session's account, if it still may sign in; a session that may not is forgotten. */
    private Optional<SignedIn> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof SignedIn kept)) {
            return Optional.empty();
        }
        Optional<SignedIn> current = accounts.stillSignedIn(kept);
        if (current.isEmpty()) {
            session.removeAttribute(SESSION_KEY);
        }
        return current;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The sign-in page, asked to come back here: a path of this site only, never a full URL. */
    static String signInPage(HttpServletRequest request) {
        String back = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            back += "?" + request.getQueryString();
        }
        return request.getContextPath()
                + SignInView.PAGE
                + "?next="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
