package org.opentreatment.directory.web.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.LanguageService;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.Payment;
import org.opentreatment.directory.facility.PaymentAssistance;
import org.opentreatment.directory.facility.TypeOfCare;

class ServiceGroupsTest {

    private static final Locale SPANISH = new Locale("es");

    @Test
    void spanishAsALanguageServiceAndAsALanguageIsShownOnce() {
        Facility f = new Facility();
        f.getLanguageServices().add(LanguageService.SPANISH);
        f.getLanguageServices().add(LanguageService.SIGN_LANGUAGE);
        f.getLanguages().add(Language.SPANISH);
        f.getLanguages().add(Language.VIETNAMESE);

        assertThat(ServiceGroups.languages(f, Locale.ENGLISH))
                .containsExactly(
                        "Spanish",
                        "Sign language services for the deaf and hard of hearing",
                        "Vietnamese");
        assertThat(ServiceGroups.languages(f, SPANISH)).containsOnlyOnce("Español");
    }

    @Test
    void spanishAsALanguageAloneIsStillShown() {
        Facility f = new Facility();
        f.getLanguages().add(Language.SPANISH);

        assertThat(ServiceGroups.languages(f, Locale.ENGLISH)).containsExactly("Spanish");
    }

    @Test
    void groupsFollowTheLocatorsOrderAndLeaveOutWhatIsNotListed() {
        Facility f = new Facility();
        f.getMedications().add(Medication.BUPRENORPHINE);
        f.getTypesOfCare().add(TypeOfCare.DETOX);
        f.getPayments().add(Payment.MEDICAID);
        f.getPaymentAssistance().add(PaymentAssistance.SLIDING_FEE_SCALE);

        assertThat(ServiceGroups.services(f, Locale.ENGLISH))
                .extracting(ServiceGroups.Group::key)
                .containsExactly(ServiceGroups.TYPE_OF_CARE, ServiceGroups.MEDICATIONS);
        assertThat(ServiceGroups.payment(f, Locale.ENGLISH))
                .containsExactly(
                        new ServiceGroups.Group(ServiceGroups.PAYMENT, List.of("Medicaid")),
                        new ServiceGroups.Group(
                                ServiceGroups.PAYMENT_ASSISTANCE, List.of("Sliding fee scale")));
        assertThat(ServiceGroups.services(f, SPANISH).get(1).labels())
                .containsExactly("Buprenorfina");
    }
}
