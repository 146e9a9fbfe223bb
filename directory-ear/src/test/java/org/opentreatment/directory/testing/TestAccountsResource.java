package org.opentreatment.directory.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.opentreatment.directory.account.Account;
import org.opentreatment.directory.account.Passwords;
import org.opentreatment.directory.account.Role;
import org.opentreatment.directory.facility.Facility;

/**
 * Test only, in every application the tests deploy ({@link Deployments#application()}): makes (or
 * remakes) an account with a known password, verified, with its listings, so that tests can sign in
 * as an operator, a facility admin or a site admin. The product has no such door: its accounts get
 * their passwords through e-mailed links only.
 */
@Stateless
@Path("/")
public class TestAccountsResource {

    // Named with its jar: a WAR on Payara sees no persistence unit of the EJB jar by its bare name
    @PersistenceContext(unitName = "../directory-ejb.jar#directory")
    EntityManager em;

    @Inject Passwords passwords;

    /** Answers the account's id. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String make(
            @FormParam("email") String email,
            @FormParam("password") String password,
            @FormParam("role") Role role,
            @FormParam("facility") List<Long> facilities) {
        Account account =
                em.createQuery("select a from Account a where a.email = :email", Account.class)
                        .setParameter("email", Account.normalized(email))
                        .getResultStream()
                        .findFirst()
                        .orElseGet(
                                () -> {
                                    Account made = new Account(email, "Test " + role, role);
                                    em.persist(made);
                                    return made;
                                });
        account.setRole(role);
        account.setEnabled(true);
        account.getFacilities().clear();
        facilities.forEach(id -> account.getFacilities().add(em.find(Facility.class, id)));
        em.flush();
        em.createNativeQuery(
                        "update account set password_hash = ?1, email_verified = true where id = ?2")
                .setParameter(1, passwords.hash(password.toCharArray()))
                .setParameter(2, account.getId())
                .executeUpdate();
        em.clear();
        return account.getId().toString();
    }

    /** Its own Application, as the WAR's Applications name their classes. */
    @ApplicationPath("/api/v1/test-accounts")
    public static class Api extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(TestAccountsResource.class);
        }
    }
}
