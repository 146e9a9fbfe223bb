package org.opentreatment.directory.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.AgeGroup;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.LanguageService;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.OpeningHours;
import org.opentreatment.directory.facility.Payment;
import org.opentreatment.directory.facility.PaymentAssistance;
import org.opentreatment.directory.facility.Pharmacotherapy;
import org.opentreatment.directory.facility.ServiceSetting;
import org.opentreatment.directory.facility.TypeOfCare;

/**
 * Test only, added to the packaged application by {@link
 * Deployments#applicationWithFacilityPage()}: one listing with every part a facility page shows
 * (hours with two intervals on Monday, Spanish both as a language service and as a language,
 * several groups of services), which the browser tests open by id; and its removal.
 */
@Stateless
@Path("/")
public class FacilityPageFixture {

    public static final String NAME = "Juniper Page Fixture Clinic";
    public static final String PHONE = "614-555-0188";
    public static final double LATITUDE = 39.961176;
    public static final double LONGITUDE = -82.998794;
    public static final String HOURS = "MO 08:00-12:00,13:00-17:00;TU 08:00-17:00;SA 00:00-23:59";
    static final String SLUG = "fixture-page-juniper";

    @PersistenceContext EntityManager em;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> load() {
        remove();
        Facility f = new Facility();
        f.setName(NAME);
        f.setSlug(SLUG);
        f.setAddress(
                new Address("1 Juniper Way", "Suite 3", "Columbus", "OH", "43215", "Franklin"));
        f.setLatitude(LATITUDE);
        f.setLongitude(LONGITUDE);
        f.setPhone(PHONE);
        f.setLastVerified(LocalDate.now().minusDays(3));
        f.setWalkIn(true);
        f.setAcceptingNewPatients(true);
        f.setOpeningHours(OpeningHours.parse(HOURS));
        f.getTypesOfCare().addAll(List.of(TypeOfCare.DETOX, TypeOfCare.CO_OCCURRING));
        f.getServiceSettings().add(ServiceSetting.OUTPATIENT);
        f.getMedications().add(Medication.BUPRENORPHINE);
        f.getPharmacotherapies().add(Pharmacotherapy.values()[0]);
        f.getPayments().addAll(List.of(Payment.MEDICAID, Payment.PRIVATE_INSURANCE));
        f.getPaymentAssistance().add(PaymentAssistance.SLIDING_FEE_SCALE);
        f.getAgeGroups().add(AgeGroup.values()[0]);
        f.getLanguageServices().add(LanguageService.SPANISH);
        f.getLanguages().addAll(List.of(Language.SPANISH, Language.VIETNAMESE));
        em.persist(f);
        em.flush();
        return Map.of("id", f.getId(), "slug", SLUG, "uuid", f.getUuid().toString());
    }

    @DELETE
    public void remove() {
        // One by one, not a bulk delete, so that the index drops it too.
        em.createQuery("select f from Facility f where f.slug = :slug", Facility.class)
                .setParameter("slug", SLUG)
                .getResultList()
                .forEach(em::remove);
        em.flush();
    }

    /**
     * Its own Application at its old address: the WAR's Applications list their classes, so a
     * resource added by a test is served only by an Application that names it.
     */
    @ApplicationPath("/api/v1/test-facility-page")
    public static class Api extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(FacilityPageFixture.class);
        }
    }
}
