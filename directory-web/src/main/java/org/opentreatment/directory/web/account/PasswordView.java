package org.opentreatment.directory.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.opentreatment.directory.account.AccountProblem;
import org.opentreatment.directory.account.AccountService;
import org.opentreatment.directory.account.SignedIn;

/**
 * Passwords: "forgot your password?" (a link by e-mail, and the same answer whether the address has
 * an account or not), setting one from that link (also the first password of an invited account),
 * and changing it when signed in.
 */
@Named
@RequestScoped
public class PasswordView {

    static final String FORGOT_FORM = "forgot";
    static final String RESET_FORM = "reset";
    static final String CHANGE_FORM = "change";

    @EJB AccountService accounts;

    private String email;
    private String token;
    private String current;
    private String password;
    private String repeated;
    private boolean sent;
    private boolean changed;

    /** "Forgot your password?": a link goes out if the address has an account. */
    public void requestLink() {
        if (Forms.blank(email)) {
            Forms.refuseKey(FORGOT_FORM + ":email", "account.email.missing");
            return;
        }
        accounts.requestPasswordReset(email);
        sent = true;
    }

    /** Whether the link in the address is still good, for the page to offer its form or not. */
    public boolean isLinkGood() {
        return accounts.passwordLinkIsGood(token);
    }

    /** A new password from an e-mailed link; then the sign-in page says so. */
    public void setFromLink() {
        if (!repeatedMatches(RESET_FORM)) {
            return;
        }
        try {
            accounts.setPassword(token, password.toCharArray());
        } catch (AccountProblem problem) {
            Forms.refuse(RESET_FORM, problem);
            return;
        } finally {
            clearPasswords();
        }
        Forms.redirect(SignInView.PAGE + "?passwordSet=true");
    }

    /** A signed-in person's new password: their other sessions end, this one goes on. */
    public void change() {
        HttpSession session = Forms.request().getSession(false);
        if (session == null
                || !(session.getAttribute(SignInMechanism.SESSION_KEY) instanceof SignedIn me)) {
            Forms.redirect(SignInView.PAGE);
            return;
        }
        if (current == null || current.isEmpty()) {
            Forms.refuseKey(CHANGE_FORM + ":current", "signin.password.missing");
        }
        if (!repeatedMatches(CHANGE_FORM)
                || FacesContext.getCurrentInstance().isValidationFailed()) {
            clearPasswords();
            return;
        }
        try {
            SignedIn renewed =
                    accounts.changePassword(
                            me.accountId(), current.toCharArray(), password.toCharArray());
            Forms.request().changeSessionId();
            session.setAttribute(SignInMechanism.SESSION_KEY, renewed);
            changed = true;
        } catch (AccountProblem problem) {
            Forms.refuse(CHANGE_FORM, problem);
        } finally {
            clearPasswords();
        }
    }

    private boolean repeatedMatches(String form) {
        if (password == null || password.isEmpty()) {
            Forms.refuseKey(form + ":password", "signin.password.missing");
            return false;
        }
        if (!password.equals(repeated)) {
            Forms.refuseKey(form + ":repeated", "password.repeated.differs");
            clearPasswords();
            return false;
        }
        return true;
    }

    private void clearPasswords() {
        current = null;
        password = null;
        repeated = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public boolean isSent() {
        return sent;
    }

    public boolean isChanged() {
        return changed;
    }
}
