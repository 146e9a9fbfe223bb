package org.opentreatment.directory.management;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.opentreatment.directory.account.Account;
import org.opentreatment.directory.account.Role;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.TypeOfCare;

/**
 * Test-only: the listings and accounts of {@link ListingHistoryIT}, and changes to a listing made
 * as an editor's page would make them (each call one transaction, as the caller).
 */
@Stateless
public class HistoryFixture {

    @PersistenceContext EntityManager em;

    public long listing(String name, String slug) {
        Facility f = new Facility();
        f.setName(name);
        f.setSlug(slug);
        f.setAddress(new Address("1 Test Street", null, "Columbus", "OH", "43215", null));
        f.setLatitude(39.96);
        f.setLongitude(-83.0);
        f.setPhone("614-555-0123");
        f.setLastVerified(LocalDate.of(2026, 1, 15));
        f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        f.getMedications().add(Medication.BUPRENORPHINE);
        em.persist(f);
        return f.getId();
    }

    /** A facility admin's account, enabled, keeping these listings. */
    public long facilityAdmin(String email, String name, long... listings) {
        Account account = new Account(email, name, Role.FACILITY_ADMIN);
        for (long id : listings) {
            account.getFacilities().add(em.find(Facility.class, id));
        }
        em.persist(account);
        return account.getId();
    }

    public void change(long id, Consumer<Facility> change) {
        change.accept(em.find(Facility.class, id));
    }

    /** Takes a test's listing away again, so that other in-container tests never find it. */
    public void remove(long id) {
        Facility facility = em.find(Facility.class, id);
        if (facility != null) {
            em.remove(facility);
        }
    }

    public Facility find(long id) {
        return em.find(Facility.class, id);
    }

    /** The ids of the listings whose indexed name matches these words. */
    public List<Long> searchNames(String words) {
        return Search.session(em)
                .search(Facility.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.match().field("name").matching(words))
                .fetchHits(20);
    }
}
