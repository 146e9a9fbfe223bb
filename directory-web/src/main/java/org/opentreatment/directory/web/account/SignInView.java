package org.opentreatment.directory.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.web.http.SignInLockout;

/**
 * The sign-in form and signing out. Wrong passwords count against the account and the address
 * ({@link SignInLockout}); a locked one is told how long to wait, whatever the password. Signing in
 * wants HTTPS, like the operators' API (unless {@link Settings#OPERATORS_ALLOW_HTTP} allows plain
 * HTTP for local use): the session cookie is Secure.
 */
@Named
@RequestScoped
public class SignInView {

    /** The sign-in page, where protected pages send those who have not signed in. */
    static final String PAGE = "/account/login";

    /** Where a person goes after signing in, unless a protected page sent them. */
    static final String HOME = "/manage/";

    static final String FORM = "signin";

    @Inject SecurityContext security;

    @Inject SignInLockout lockout;

    @Inject
    @ConfigProperty(name = Settings.OPERATORS_ALLOW_HTTP, defaultValue = "false")
    boolean allowHttp;

    private String email;
    private String password;
    private String next;

    public void signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!request.isSecure() && !allowHttp) {
            Forms.refuseKey(null, "signin.httpsOnly");
            return;
        }
        if (Forms.blank(email)) {
            Forms.refuseKey(FORM + ":email", "account.email.missing");
        }
        if (password == null || password.isEmpty()) {
            Forms.refuseKey(FORM + ":password", "signin.password.missing");
        }
        if (faces.isValidationFailed()) {
            return;
        }
        Optional<Duration> locked = lockout.lockedFor(email, request.getRemoteAddr());
        if (locked.isPresent()) {
            long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", String.valueOf(locked.get().toSeconds()));
            Forms.refuseKey(null, "signin.locked", minutes);
            password = null;
            return;
        }
        // Whoever was signed in on this browser is signed out first: the new account starts from
        // a new session (a new id), never from the old one's
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            previous.invalidate();
        }
        AuthenticationStatus status =
                security.authenticate(
                        request,
                        response,
                        AuthenticationParameters.withParams()
                                .newAuthentication(true)
                                .credential(
                                        new UsernamePasswordCredential(
                                                email.strip(), new Password(password))));
        password = null;
        if (status != AuthenticationStatus.SUCCESS) {
            lockout.signInFailed(email, request.getRemoteAddr());
            Forms.refuseKey(null, "signin.failed");
            return;
        }
        // A new session id for the signed-in session: whoever knew the old one (planted it, or
        // read it before) holds nothing now. The servers do not do this by themselves.
        request.changeSessionId();
        Forms.redirect(safeNext(next));
    }

    /** Signs out: the session ends (a POST, so that no link or image can sign anyone out). */
    public void signOut() throws ServletException {
        HttpServletRequest request = Forms.request();
        HttpSession session = request.getSession(false);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        Forms.redirect(PAGE + "?signedOut=true");
    }

    /**
     * Where to go after signing in: a path of this site (one slash, then not a second slash or a
     * backslash, which browsers read as another host), else the management home.
     */
    static String safeNext(String next) {
        if (next == null
                || next.length() > 2000
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || next.startsWith(PAGE)) {
            return HOME;
        }
        return next;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
