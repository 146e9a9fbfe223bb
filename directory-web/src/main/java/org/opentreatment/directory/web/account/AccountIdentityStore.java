package org.opentreatment.directory.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.opentreatment.directory.account.AccountService;

/**
 * The accounts in the directory's database as Jakarta Security's identity store: an e-mail address
 * and password are checked against the PBKDF2 hash ({@link AccountService#authenticate}); the
 * caller is then known by the account's id, with its role's groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(given.getCaller(), given.getPassword().getValue())
                .map(
                        signedIn ->
                                new CredentialValidationResult(
                                        new AccountPrincipal(signedIn), signedIn.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
