package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FacilityValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    private static Facility validFacility() {
        Facility f = new Facility();
        f.setName("Harbor Recovery Center");
        f.setSlug("harbor-recovery-center-columbus-oh");
        f.setAddress(new Address("100 Main Street", null, "Columbus", "OH", "43215", "Franklin"));
        f.setLatitude(39.9612);
        f.setLongitude(-82.9988);
        f.setPhone("614-555-0123");
        f.setWebsite("https://example.org");
        f.setLastVerified(LocalDate.now().minusDays(30));
        f.setStatus(ListingStatus.ACTIVE);
        return f;
    }

    private static Set<ConstraintViolation<Facility>> validate(Consumer<Facility> change) {
        Facility f = validFacility();
        change.accept(f);
        return validator.validate(f);
    }

    private static void assertOneViolationOn(String path, Consumer<Facility> change) {
        Set<ConstraintViolation<Facility>> violations = validate(change);

        assertThat(violations)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly(path);
    }

    private static void assertValid(Consumer<Facility> change) {
        assertThat(validate(change)).isEmpty();
    }

    @Test
    void theHelperBuildsAValidFacility() {
        assertThat(validator.validate(validFacility())).isEmpty();
    }

    // Names

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void nameMustNotBeBlank(String name) {
        assertOneViolationOn("name", f -> f.setName(name));
    }

    @Test
    void nameIsAtMost200Characters() {
        assertValid(f -> f.setName("n".repeat(200)));
        assertOneViolationOn("name", f -> f.setName("n".repeat(201)));
    }

    @Test
    void alternateNameIsOptionalAndAtMost200Characters() {
        assertValid(f -> f.setAlternateName(null));
        assertOneViolationOn("alternateName", f -> f.setAlternateName("a".repeat(201)));
    }

    // Slugs: lower-case words joined by single hyphens, at most 120 characters

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Not A Slug",
                "not a slug",
                "Upper-Case",
                "-leading-hyphen",
                "trailing-hyphen-",
                "double--hyphen",
                "under_score",
                "caf\u00e9"
            })
    void slugMustBeLowerCaseWordsJoinedByHyphens(String slug) {
        assertOneViolationOn("slug", f -> f.setSlug(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbor", "new-hope-columbus-oh", "a1-2b-c3", "43215"})
    void wellFormedSlugsAreAccepted(String slug) {
        assertValid(f -> f.setSlug(slug));
    }

    @Test
    void slugIsAtMost120Characters() {
        assertValid(f -> f.setSlug("s".repeat(120)));
        assertOneViolationOn("slug", f -> f.setSlug("s".repeat(121)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"   "})
    void slugIsRequired(String slug) {
        // A blank slug breaks the pattern too, so only the path is checked here, not the count.
        assertThat(validate(f -> f.setSlug(slug)))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("slug"));
    }

    // The embedded address

    @ParameterizedTest
    @ValueSource(strings = {"Ohio", "oh", "Oh", "O", "OHI", "O1"})
    void stateMustBeATwoLetterUspsCode(String state) {
        assertOneViolationOn("address.state", f -> f.getAddress().setState(state));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4321", "43215-1234", "432151234", "4321a", "432156"})
    void zipMustHaveExactlyFiveDigits(String zip) {
        assertOneViolationOn("address.zip", f -> f.getAddress().setZip(zip));
    }

    @ParameterizedTest
    @MethodSource
    void addressPartsAreRequired(String path, Consumer<Facility> change) {
        assertOneViolationOn(path, change);
    }

    static Stream<Arguments> addressPartsAreRequired() {
        return Stream.of(
                Arguments.of("address", (Consumer<Facility>) f -> f.setAddress(null)),
                Arguments.of(
                        "address.street1",
                        (Consumer<Facility>) f -> f.getAddress().setStreet1(" ")),
                Arguments.of(
                        "address.street1",
                        (Consumer<Facility>) f -> f.getAddress().setStreet1("s".repeat(201))),
                Arguments.of(
                        "address.street2",
                        (Consumer<Facility>) f -> f.getAddress().setStreet2("s".repeat(201))),
                Arguments.of("address.city", (Consumer<Facility>) f -> f.getAddress().setCity("")),
                Arguments.of(
                        "address.city",
                        (Consumer<Facility>) f -> f.getAddress().setCity("c".repeat(101))),
                Arguments.of(
                        "address.county",
                        (Consumer<Facility>) f -> f.getAddress().setCounty("c".repeat(101))));
    }

    // Coordinates

    @ParameterizedTest
    @MethodSource
    void coordinatesMustBeOnTheGlobe(String path, Consumer<Facility> change) {
        assertOneViolationOn(path, change);
    }

    static Stream<Arguments> coordinatesMustBeOnTheGlobe() {
        return Stream.of(
                Arguments.of("latitude", (Consumer<Facility>) f -> f.setLatitude(91.0)),
                Arguments.of("latitude", (Consumer<Facility>) f -> f.setLatitude(-90.001)),
                Arguments.of("latitude", (Consumer<Facility>) f -> f.setLatitude(null)),
                Arguments.of("longitude", (Consumer<Facility>) f -> f.setLongitude(-181.0)),
                Arguments.of("longitude", (Consumer<Facility>) f -> f.setLongitude(180.001)),
                Arguments.of("longitude", (Consumer<Facility>) f -> f.setLongitude(null)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-90.0, 0.0, 90.0})
    void latitudeBoundsAreInclusive(double latitude) {
        assertValid(f -> f.setLatitude(latitude));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-180.0, 0.0, 180.0})
    void longitudeBoundsAreInclusive(double longitude) {
        assertValid(f -> f.setLongitude(longitude));
    }

    // Phones

    @ParameterizedTest
    @ValueSource(
            strings = {"call us", "12", "614-555-", "614-555-0123 x", "614-555-0123 ext 1234567"})
    void phoneMustLookLikeAPhoneNumber(String phone) {
        assertOneViolationOn("phone", f -> f.setPhone(phone));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void phoneIsRequired(String phone) {
        // A blank phone may also break the pattern; what matters is that it is refused on "phone".
        assertThat(validate(f -> f.setPhone(phone)))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("phone"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "614-555-0123",
                "(614) 555-0123",
                "(614)555-0123",
                "+1 614 555 0123",
                "614-555-0123 x12",
                "614-555-0123 ext. 12",
                "614.555.0123",
                "6145550123",
                "1-800-662-4357"
            })
    void usualPhoneNotationsAreAccepted(String phone) {
        assertValid(f -> f.setPhone(phone));
        assertValid(f -> f.setIntakePhone(phone));
        assertValid(f -> f.setHotlinePhone(phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"call us", "12", "555-0123", "614-555-012", "(614) 555-01234"})
    void optionalPhonesFollowTheSameRule(String phone) {
        assertOneViolationOn("intakePhone", f -> f.setIntakePhone(phone));
        assertOneViolationOn("hotlinePhone", f -> f.setHotlinePhone(phone));
    }

    @Test
    void optionalPhonesMayBeAbsent() {
        assertValid(
                f -> {
                    f.setIntakePhone(null);
                    f.setHotlinePhone(null);
                });
    }

    // Web site

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://x",
                "www.example.org",
                "example.org",
                "https://",
                "https://example .org",
                "mailto:help@example.org"
            })
    void websiteMustBeAnHttpAddress(String website) {
        assertOneViolationOn("website", f -> f.setWebsite(website));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "https://example.org",
                "http://example.org",
                "https://example.org/sample/harbor?x=1"
            })
    void httpAddressesAreAccepted(String website) {
        assertValid(f -> f.setWebsite(website));
    }

    @Test
    void websiteIsAtMost500Characters() {
        String base = "https://example.org/";
        assertValid(f -> f.setWebsite(base + "p".repeat(500 - base.length())));
        assertOneViolationOn("website", f -> f.setWebsite(base + "p".repeat(501 - base.length())));
    }

    // Verification date and status

    @Test
    void lastVerifiedCannotBeInTheFuture() {
        assertOneViolationOn("lastVerified", f -> f.setLastVerified(LocalDate.now().plusDays(1)));
    }

    @Test
    void lastVerifiedMayBeTodayOrUnknown() {
        assertValid(f -> f.setLastVerified(LocalDate.now()));
        assertValid(f -> f.setLastVerified(null));
    }

    @Test
    void statusIsRequired() {
        assertOneViolationOn("status", f -> f.setStatus(null));
    }

    @ParameterizedTest
    @EnumSource(ListingStatus.class)
    void everyStatusIsValid(ListingStatus status) {
        assertValid(f -> f.setStatus(status));
    }

    // Dual diagnosis: SUMH as a type of care or CO as a special group

    static Stream<Arguments> dualDiagnosisCases() {
        return Stream.of(
                Arguments.of(Set.of(), Set.of(), false),
                Arguments.of(Set.of(TypeOfCare.CO_OCCURRING), Set.of(), true),
                Arguments.of(Set.of(), Set.of(SpecialGroup.CO_OCCURRING), true),
                Arguments.of(
                        Set.of(TypeOfCare.CO_OCCURRING), Set.of(SpecialGroup.CO_OCCURRING), true),
                Arguments.of(
                        Set.of(TypeOfCare.SUBSTANCE_USE, TypeOfCare.MENTAL_HEALTH),
                        Set.of(),
                        false),
                // Co-occurring pain is not co-occurring mental illness.
                Arguments.of(
                        Set.of(TypeOfCare.SUBSTANCE_USE),
                        Set.of(SpecialGroup.CO_OCCURRING_PAIN, SpecialGroup.TRAUMA),
                        false));
    }

    @ParameterizedTest
    @MethodSource("dualDiagnosisCases")
    void dualDiagnosisIsSumhOrCo(
            Set<TypeOfCare> types, Set<SpecialGroup> groups, boolean expected) {
        Facility f = validFacility();
        f.getTypesOfCare().addAll(types);
        f.getSpecialGroups().addAll(groups);

        assertThat(f.isDualDiagnosis()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("dualDiagnosisCases")
    void serviceTermsSayDualDiagnosisOnlyWhenDual(
            Set<TypeOfCare> types, Set<SpecialGroup> groups, boolean dual) {
        Facility f = validFacility();
        f.getTypesOfCare().addAll(types);
        f.getSpecialGroups().addAll(groups);

        assertThat(terms(f).contains("Dual diagnosis")).isEqualTo(dual);
    }

    // Service terms, the text a keyword search matches

    private static List<String> terms(Facility f) {
        return Arrays.asList(f.getServiceTerms().split("; "));
    }

    @Test
    void serviceTermsHoldTheLabelOfEveryChosenService() {
        Facility f = validFacility();
        f.getTypesOfCare().add(TypeOfCare.DETOX);
        f.getServiceSettings().add(ServiceSetting.INTENSIVE_OUTPATIENT);
        f.getMedications().add(Medication.NALTREXONE);
        f.getTreatmentApproaches().add(TreatmentApproach.COGNITIVE_BEHAVIORAL_THERAPY);
        f.getPayments().add(Payment.MEDICAID);
        f.getSpecialGroups().add(SpecialGroup.VETERANS);
        f.getLanguages().add(Language.SPANISH);

        assertThat(terms(f))
                .contains(
                        TypeOfCare.DETOX.label(),
                        ServiceSetting.INTENSIVE_OUTPATIENT.label(),
                        Medication.NALTREXONE.label(),
                        TreatmentApproach.COGNITIVE_BEHAVIORAL_THERAPY.label(),
                        Payment.MEDICAID.label(),
                        SpecialGroup.VETERANS.label(),
                        Language.SPANISH.label())
                .doesNotContain(
                        TypeOfCare.MENTAL_HEALTH.label(),
                        ServiceSetting.RESIDENTIAL.label(),
                        Payment.MEDICARE.label());
    }

    @ParameterizedTest
    @EnumSource(Medication.class)
    void serviceTermsHoldTheBrandNamesOfChosenMedicationsOnly(Medication chosen) {
        Facility f = validFacility();
        f.getMedications().add(chosen);

        List<String> terms = terms(f);

        assertThat(terms).containsAll(chosen.brandNames());
        Arrays.stream(Medication.values())
                .filter(m -> m != chosen)
                .forEach(
                        other -> assertThat(terms).doesNotContainAnyElementsOf(other.brandNames()));
    }

    @Test
    void buprenorphineIsFoundAsSuboxone() {
        Facility f = validFacility();
        f.getMedications().add(Medication.BUPRENORPHINE);

        assertThat(terms(f)).contains("Suboxone");
    }

    @Test
    void serviceTermsSaySoberLivingOnlyForTransitionalHousing() {
        Facility housing = validFacility();
        housing.getTypesOfCare().add(TypeOfCare.TRANSITIONAL_HOUSING);
        Facility other = validFacility();
        Arrays.stream(TypeOfCare.values())
                .filter(t -> t != TypeOfCare.TRANSITIONAL_HOUSING)
                .forEach(other.getTypesOfCare()::add);

        assertThat(terms(housing)).contains("Sober living");
        assertThat(terms(other)).doesNotContain("Sober living");
    }
}
