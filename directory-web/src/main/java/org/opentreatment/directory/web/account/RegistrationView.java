package org.opentreatment.directory.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.opentreatment.directory.account.AccountProblem;
import org.opentreatment.directory.account.AccountService;

/**
 * Registering as a facility admin (anyone may; the account keeps no listing until a site admin
 * approves a claim), and confirming the address by the e-mailed link. The answer to a registration
 * is "check your mailbox" whether or not the address had an account already.
 */
@Named
@RequestScoped
public class RegistrationView {

    static final String FORM = "register";

    @EJB AccountService accounts;

    private String name;
    private String email;
    private String password;
    private String repeated;
    private String token;
    private boolean registered;
    private Boolean verified;

    public void register() {
        if (password == null || password.isEmpty()) {
            Forms.refuseKey(FORM + ":password", "signin.password.missing");
        } else if (!password.equals(repeated)) {
            Forms.refuseKey(FORM + ":repeated", "password.repeated.differs");
        }
        if (!Forms.blank(password) && password.equals(repeated)) {
            try {
                accounts.register(email, name, password.toCharArray(), Forms.language());
                registered = true;
            } catch (AccountProblem problem) {
                Forms.refuse(FORM, problem);
            }
        }
        password = null;
        repeated = null;
    }

    /** Confirms the address in the link, by the page's button. */
    public void verify() {
        verified = accounts.verifyEmail(token);
    }

    /** Whether the button was pressed (the page then says how it went). */
    public boolean isDone() {
        return verified != null;
    }

    public boolean isVerified() {
        return Boolean.TRUE.equals(verified);
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
