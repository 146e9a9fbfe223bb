package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.Place;

/** The listing rules over the real gazetteer and Bean Validation. */
class ListingRulesTest {

    private static ValidatorFactory factory;
    private static Gazetteer gazetteer;
    private static ListingRules rules;

    @BeforeAll
    static void rules() {
        factory = Validation.buildDefaultValidatorFactory();
        gazetteer = Gazetteer.load();
        rules = new ListingRules(gazetteer, factory.getValidator());
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** A listing in Columbus, OH, that passes every rule. */
    private static Facility columbus() {
        Facility f = new Facility();
        f.setName("Riverside Recovery");
        f.setSlug("riverside-recovery");
        f.setAddress(new Address("100 Main Street", null, "Columbus", "OH", "43215", null));
        f.setLatitude(39.9612);
        f.setLongitude(-82.9988);
        f.setPhone("614-555-0101");
        f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        return f;
    }

    private static List<String> fields(List<ListingProblem> problems) {
        return problems.stream().map(ListingProblem::field).toList();
    }

    @Test
    void aCompleteListingPasses() {
        assertThat(rules.check(columbus())).isEmpty();
    }

    @Test
    void aListingWithoutCoordinatesGetsItsZipsCentreMarkedApproximate() {
        Facility f = columbus();
        f.setLatitude(null);
        f.setLongitude(null);

        assertThat(rules.check(f)).isEmpty();

        Place zip = gazetteer.byZip("43215").orElseThrow();
        assertThat(f.getLatitude()).isEqualTo(zip.point().latitude());
        assertThat(f.getLongitude()).isEqualTo(zip.point().longitude());
        assertThat(f.isLocationApproximate()).isTrue();
    }

    @Test
    void aZipOfAnotherStateIsRefusedNamingBothStates() {
        Facility f = columbus();
        f.getAddress().setState("IN");

        List<ListingProblem> problems = rules.check(f);

        assertThat(fields(problems)).containsExactly("zip");
        assertThat(problems.get(0).reason().english()).contains("43215 is in OH, not in IN");
    }

    @Test
    void anUnknownZipIsRefused() {
        Facility f = columbus();
        f.getAddress().setZip("00000");

        assertThat(fields(rules.check(f))).containsExactly("zip");
    }

    @Test
    void swappedCoordinatesAreOutsideTheUnitedStates() {
        Facility f = columbus();
        f.setLatitude(-82.9988);
        f.setLongitude(39.9612);

        List<ListingProblem> problems = rules.check(f);

        assertThat(fields(problems)).containsExactly("latitude");
        assertThat(problems.get(0).reason().english()).contains("outside the United States");
    }

    @Test
    void coordinatesInAnotherStateAreTooFarFromTheZip() {
        Facility f = columbus();
        f.setLatitude(41.8858); // Chicago, about 275 miles away
        f.setLongitude(-87.6181);

        List<ListingProblem> problems = rules.check(f);

        assertThat(fields(problems)).containsExactly("latitude");
        assertThat(problems.get(0).reason().english())
                .contains("miles from the centre of ZIP code 43215");
    }

    @Test
    void alaskasZipAreasAreLargerSoFartherIsAllowedThere() {
        Place anchorage = gazetteer.byZip("99501").orElseThrow();
        Facility f = columbus();
        f.setAddress(new Address("1 Test Road", null, "Anchorage", "AK", "99501", null));
        // about 150 miles north of Anchorage: too far in Ohio, not in Alaska
        f.setLatitude(anchorage.point().latitude() + 2.2);
        f.setLongitude(anchorage.point().longitude());

        assertThat(rules.check(f)).isEmpty();
    }

    @Test
    void oneCoordinateAloneIsRefused() {
        Facility f = columbus();
        f.setLongitude(null);

        assertThat(fields(rules.check(f))).containsExactly("longitude");
    }

    @Test
    void aListingWithoutTypeOfCareAndWithABadPhoneGetsBothProblemsAtOnce() {
        Facility f = columbus();
        f.getTypesOfCare().clear();
        f.setPhone("call us");

        assertThat(fields(rules.check(f))).containsExactlyInAnyOrder("types_of_care", "phone");
    }

    @Test
    void constraintsAreNamedByTheirCsvColumns() {
        Facility f = columbus();
        f.setIntakePhone("twelve");
        f.getAddress().setStreet1("");

        assertThat(fields(rules.check(f))).containsExactlyInAnyOrder("intake_phone", "street1");
    }
}
