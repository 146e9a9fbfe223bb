package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;

/**
 * Hibernate validates listings when it writes them, also where no service method checks them first
 * (bulk loads), with ValidationSkipsSearchEntities in place.
 */
@ExtendWith(ArquillianExtension.class)
class EntityValidationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("entity-validation-it", EntityValidationIT.class);
    }

    @EJB FacilityService facilities;

    @Test
    void anInvalidListingIsNotSavedEvenInABulkLoad() {
        long before = facilities.count();
        Facility noPhone = new Facility();
        noPhone.setName("Valid Name Clinic");
        noPhone.setSlug("valid-name-clinic");
        noPhone.setAddress(new Address("1 Test Street", null, "Columbus", "OH", "43215", null));
        noPhone.setLatitude(39.96);
        noPhone.setLongitude(-83.0);
        noPhone.setPhone("not a phone number");
        noPhone.setLastVerified(LocalDate.now());
        noPhone.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);

        assertThatThrownBy(() -> facilities.createAllUnindexed(Stream.of(noPhone)))
                .hasRootCauseInstanceOf(ConstraintViolationException.class)
                .rootCause()
                .hasMessageContaining("phone");
        assertThat(facilities.count()).isEqualTo(before);
    }
}
