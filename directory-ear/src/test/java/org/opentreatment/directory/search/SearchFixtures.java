package org.opentreatment.directory.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.SpecialGroup;
import org.opentreatment.directory.facility.TypeOfCare;
import org.opentreatment.directory.geo.GeoPoint;
import org.opentreatment.directory.geo.PlaceNames;

/**
 * The search tests' listings, all placed due north of a centre point at known distances, so the
 * expected distance order follows from the data alone.
 */
@Stateless
public class SearchFixtures {

    /** Miles per degree of latitude (mean Earth radius 3,958.8 miles). */
    static final double MILES_PER_DEGREE = 69.09;

    public static final String NEAR_BUPRENORPHINE = "Alder Buprenorphine Clinic"; // 1 mile
    public static final String INACTIVE_CLINIC = "Birch Closed Clinic"; // 2 miles, inactive
    public static final String DUAL_BY_GROUP = "Cedar Counseling"; // 3 miles, special group CO
    public static final String METHADONE_OTP = "Dogwood Opioid Treatment Program"; // 8 miles
    public static final String DUAL_BY_CARE = "Elm Detox and Mental Health"; // 20 miles, SUMH
    public static final String FAR_AWAY = "Fir Residential"; // 40 miles
    public static final String ST_LOUIS = "Gateway Recovery"; // in St. Louis, MO
    public static final String SAINT_LOUIS = "Arch Counseling"; // in Saint Louis, MO

    /** The active fixtures within 50 miles of the centre, nearest first. */
    public static final List<String> ACTIVE_BY_DISTANCE =
            List.of(NEAR_BUPRENORPHINE, DUAL_BY_GROUP, METHADONE_OTP, DUAL_BY_CARE, FAR_AWAY);

    /** Every fixture's slug starts so, which tells them from other listings in a database. */
    static final String SLUG_PREFIX = "fixture-";

    @PersistenceContext EntityManager em;

    /**
     * Replaces the fixtures (and only them) around this centre.
     *
     * @return each fixture's id by name
     */
    public Map<String, Long> load(GeoPoint center) {
        remove();
        save(
                facility(NEAR_BUPRENORPHINE, center, 1, "OH", "Columbus")
                        .with(f -> f.getMedications().add(Medication.BUPRENORPHINE)));
        save(
                facility(INACTIVE_CLINIC, center, 2, "OH", "Columbus")
                        .with(
                                f -> {
                                    f.setStatus(ListingStatus.INACTIVE);
                                    f.getMedications().add(Medication.BUPRENORPHINE);
                                    f.getSpecialGroups().add(SpecialGroup.CO_OCCURRING);
                                }));
        save(
                facility(DUAL_BY_GROUP, center, 3, "OH", "Columbus")
                        .with(f -> f.getSpecialGroups().add(SpecialGroup.CO_OCCURRING)));
        save(
                facility(METHADONE_OTP, center, 8, "OH", "Worthington")
                        .with(
                                f -> {
                                    f.setOpioidTreatmentProgram(true);
                                    f.getAddress().setStreet2("Suite 8");
                                    f.setAcceptingNewPatients(false);
                                    f.getMedications()
                                            .addAll(
                                                    Set.of(
                                                            Medication.METHADONE,
                                                            Medication.BUPRENORPHINE));
                                }));
        save(
                facility(DUAL_BY_CARE, center, 20, "OH", "Delaware")
                        .with(
                                f -> {
                                    f.getTypesOfCare()
                                            .addAll(
                                                    List.of(
                                                            TypeOfCare.CO_OCCURRING,
                                                            TypeOfCare.DETOX));
                                    f.getMedications().add(Medication.NALTREXONE);
                                }));
        save(facility(FAR_AWAY, center, 40, "OH", "Marion"));
        save(facility(ST_LOUIS, new GeoPoint(38.627, -90.199), 0, "MO", "St. Louis"));
        save(facility(SAINT_LOUIS, new GeoPoint(38.627, -90.199), 1, "MO", "Saint Louis"));
        em.flush();
        Map<String, Long> ids = new TreeMap<>();
        em.createQuery("select f from Facility f where f.slug like :prefix", Facility.class)
                .setParameter("prefix", SLUG_PREFIX + "%")
                .getResultList()
                .forEach(f -> ids.put(f.getName(), f.getId()));
        return ids;
    }

    public Facility find(String name) {
        return em.createQuery("select f from Facility f where f.name = :name", Facility.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    /** Removes the fixtures, leaving every other listing alone. */
    public void remove() {
        em.createQuery("select f from Facility f where f.slug like :prefix", Facility.class)
                .setParameter("prefix", SLUG_PREFIX + "%")
                .getResultList()
                .forEach(em::remove);
        em.flush();
    }

    private void save(Builder builder) {
        em.persist(builder.facility);
    }

    static Builder facility(
            String name, GeoPoint center, double milesNorth, String state, String city) {
        Facility f = new Facility();
        f.setName(name);
        f.setSlug(SLUG_PREFIX + PlaceNames.slug(name));
        f.setAddress(
                new Address(
                        "1 Test Street",
                        null,
                        city,
                        state,
                        state.equals("OH") ? "43215" : "63101",
                        null));
        f.setLatitude(center.latitude() + milesNorth / MILES_PER_DEGREE);
        f.setLongitude(center.longitude());
        f.setPhone("614-555-0100");
        f.setLastVerified(LocalDate.now());
        f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        return new Builder(f);
    }

    record Builder(Facility facility) {
        Builder with(java.util.function.Consumer<Facility> change) {
            change.accept(facility);
            return this;
        }
    }
}
