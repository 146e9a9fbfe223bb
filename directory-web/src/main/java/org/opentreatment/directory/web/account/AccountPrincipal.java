package org.opentreatment.directory.web.account;

import jakarta.security.enterprise.CallerPrincipal;
import org.opentreatment.directory.account.SignedIn;

/** The container's name for a signed-in account (its id), carrying what the session keeps. */
final class AccountPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final SignedIn signedIn;

    AccountPrincipal(SignedIn signedIn) {
        super(signedIn.name());
        this.signedIn = signedIn;
    }

    SignedIn signedIn() {
        return signedIn;
    }
}
