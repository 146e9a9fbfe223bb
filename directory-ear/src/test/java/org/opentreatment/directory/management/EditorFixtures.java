package org.opentreatment.directory.management;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.opentreatment.directory.account.Account;
import org.opentreatment.directory.account.Role;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.TypeOfCare;

/** Listings and accounts for the editor's tests, and saves by "someone else". */
@Stateless
public class EditorFixtures {

    @PersistenceContext EntityManager em;

    public long listing(String name) {
        Facility f = new Facility();
        f.setName(name);
        f.setSlug("editor-it-" + UUID.randomUUID());
        f.setAddress(new Address("1 Test Street", null, "Columbus", "OH", "43215", null));
        f.setLatitude(39.9612);
        f.setLongitude(-82.9988);
        f.setPhone("614-555-0100");
        f.setLastVerified(LocalDate.of(2026, 1, 2));
        f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        em.persist(f);
        em.flush();
        return f.getId();
    }

    public long account(Role role, long... listings) {
        Account account =
                new Account("editor-it-" + UUID.randomUUID() + "@example.org", "Editor Test", role);
        for (long id : listings) {
            account.getFacilities().add(em.find(Facility.class, id));
        }
        em.persist(account);
        em.flush();
        return account.getId();
    }

    /** Someone else's save: changes the stored listing in a transaction of its own. */
    public void change(long id, Consumer<Facility> change) {
        change.accept(em.find(Facility.class, id));
    }

    /** Takes a test's listings away again, so that other in-container tests never find them. */
    public void remove(long... ids) {
        for (long id : ids) {
            Facility facility = em.find(Facility.class, id);
            if (facility != null) {
                em.remove(facility);
            }
        }
    }

    public Facility stored(long id) {
        return em.find(Facility.class, id);
    }
}
