package org.opentreatment.directory.management;

import jakarta.ejb.EJBContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.envers.RevisionListener;
import org.opentreatment.directory.facility.ChangeSource;

/**
 * Fills in who made a revision and why, as Envers creates it (in the transaction that changes the
 * listings, on the caller's thread). Envers makes this object itself, so it looks up what it needs
 * by the standard names every Jakarta EE server binds: the calling EJB's context for the caller
 * (the account's id is the principal's name, as in {@link ListingAccess#callerId()}) and the
 * transaction's registry for a declared {@link ChangeSource}. Outside an EJB call (or for a caller
 * who is not signed in) there is no account.
 */
public class ListingRevisionListener implements RevisionListener {

    private static final Logger LOG = Logger.getLogger(ListingRevisionListener.class.getName());

    @Override
    public void newRevision(Object revisionEntity) {
        ListingRevision revision = (ListingRevision) revisionEntity;
        OptionalLong account = callerAccount();
        revision.setAccountId(account.isPresent() ? account.getAsLong() : null);
        revision.setSource(
                declaredSource()
                        .orElse(account.isPresent() ? ChangeSource.EDITOR : ChangeSource.SYSTEM));
    }

    static OptionalLong callerAccount() {
        try {
            EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
            return ListingAccess.accountIdOf(context.getCallerPrincipal());
        } catch (NamingException | IllegalStateException e) {
            // not in an EJB call: no one to name
            LOG.log(Level.FINE, "No EJB context for a listing revision", e);
            return OptionalLong.empty();
        }
    }

    private static Optional<ChangeSource> declaredSource() {
        try {
            TransactionSynchronizationRegistry registry =
                    InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            return ChangeSource.declaredIn(registry);
        } catch (NamingException | IllegalStateException e) {
            LOG.log(Level.FINE, "No transaction registry for a listing revision", e);
            return Optional.empty();
        }
    }
}
