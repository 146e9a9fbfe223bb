package org.opentreatment.directory.testing;

import java.util.concurrent.Callable;
import org.opentreatment.directory.account.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs code inside the server as a signed-in account: the caller principal's name is the account's
 * id, as after a real sign-in, and the groups are its role's. Made with Elytron's ad hoc identities
 * in the deployment's security domain, so that the services see them through their SessionContext
 * exactly as they see a caller who signed in.
 */
public final class Identities {

    private Identities() {}

    public static <T> T as(long accountId, Role role, Callable<T> work) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException(
                    "No Elytron security domain for this deployment: see"
                            + " Deployments.inContainerWithIdentities");
        }
        SecurityIdentity identity =
                domain.createAdHocIdentity(String.valueOf(accountId))
                        .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(role.groups())));
        try {
            return identity.runAs((java.security.PrivilegedExceptionAction<T>) work::call);
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        }
    }

    public static void as(long accountId, Role role, ThrowingRunnable work) throws Exception {
        as(
                accountId,
                role,
                () -> {
                    work.run();
                    return null;
                });
    }

    /** Work that returns nothing and may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
