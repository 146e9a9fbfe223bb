package org.opentreatment.directory.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingRules;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.OpeningHours;
import org.opentreatment.directory.geo.Gazetteer;

class SampleFacilityGeneratorTest {

    private static final long SEED = 2019;
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    // The generator moves each facility by (u - 0.5) * 0.014 degrees of latitude and
    // (u - 0.5) * 0.018 of longitude, u in [0, 1), then rounds to 1e-6 degrees.
    private static final double MAX_LAT_OFFSET = 0.014 / 2 + 0.5e-6 + 1e-9;
    private static final double MAX_LON_OFFSET = 0.018 / 2 + 0.5e-6 + 1e-9;
    private static final double EARTH_RADIUS_MILES = 3958.8;

    private static List<SampleFacilityGenerator.SampleZip> zips;
    private static Map<String, SampleFacilityGenerator.SampleZip> zipByCode;
    // Generated once and shared read-only: the shares need a large sample, and so does uniqueness.
    private static List<Facility> large;

    @BeforeAll
    static void generate() {
        zips =
                Gazetteer.load().allZips().stream()
                        .map(SampleFacilityGenerator.SampleZip::of)
                        .toList();
        zipByCode =
                zips.stream()
                        .collect(
                                Collectors.toMap(
                                        SampleFacilityGenerator.SampleZip::zip,
                                        Function.identity()));
        large = generator(SEED).generate(20_000).toList();
    }

    private static SampleFacilityGenerator generator(long seed) {
        return new SampleFacilityGenerator(zips, seed, TODAY);
    }

    @Test
    void everySampleListingPassesTheListingRulesSoAnExportImportsBack() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            ListingRules rules = new ListingRules(Gazetteer.load(), factory.getValidator());
            List<String> problems =
                    large.stream()
                            .flatMap(
                                    f ->
                                            rules.check(f).stream()
                                                    .map(
                                                            p ->
                                                                    f.getName()
                                                                            + ": "
                                                                            + p.field()
                                                                            + " "
                                                                            + p.value()
                                                                            + " "
                                                                            + p.reason().english()))
                            .toList();
            assertThat(problems).isEmpty();
        }
    }

    private record Fingerprint(
            String name,
            String slug,
            double latitude,
            double longitude,
            Set<Medication> medications,
            OpeningHours hours,
            boolean walkIn) {

        static Fingerprint of(Facility f) {
            return new Fingerprint(
                    f.getName(),
                    f.getSlug(),
                    f.getLatitude(),
                    f.getLongitude(),
                    Set.copyOf(f.getMedications()),
                    f.getOpeningHours(),
                    f.isWalkIn());
        }
    }

    private static List<Fingerprint> fingerprints(long seed, int count) {
        return generator(seed).generate(count).map(Fingerprint::of).toList();
    }

    @Test
    void theSameSeedGivesTheSameFacilities() {
        List<Fingerprint> first = fingerprints(SEED, 500);

        assertThat(fingerprints(SEED, 500)).isEqualTo(first);
        assertThat(large.subList(0, 500).stream().map(Fingerprint::of).toList()).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherFacilities() {
        List<Fingerprint> first = fingerprints(SEED, 500);
        List<Fingerprint> other = fingerprints(SEED + 1, 500);

        assertThat(other).isNotEqualTo(first);
        // Not merely one facility apart: most names and coordinates change.
        long same = IntStream.range(0, 500).filter(i -> first.get(i).equals(other.get(i))).count();
        assertThat(same).isLessThan(50);
    }

    @Test
    void theFirstFacilitiesCoverEveryState() {
        Set<String> states =
                zips.stream()
                        .map(SampleFacilityGenerator.SampleZip::state)
                        .collect(Collectors.toSet());

        List<String> firstStates =
                large.subList(0, states.size()).stream()
                        .map(f -> f.getAddress().getState())
                        .toList();

        assertThat(firstStates).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(states);
        // The 50 states and DC at least.
        assertThat(states).hasSizeGreaterThanOrEqualTo(51);
    }

    @Test
    void slugsAreUnique() {
        List<String> slugs = large.stream().map(Facility::getSlug).toList();

        assertThat(slugs).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void everyFacilityIsValid() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();

            assertThat(large.subList(0, 2_000))
                    .allSatisfy(f -> assertThat(validator.validate(f)).isEmpty());
        }
    }

    @Test
    void everyPhoneIsInTheBlockReservedForFiction() {
        // NANP reserves 555-0100 through 555-0199 for fictional use.
        String fictional = "\\d{3}-555-01\\d{2}";

        assertThat(large)
                .allSatisfy(
                        f -> {
                            assertThat(f.getPhone()).matches(fictional);
                            if (f.getIntakePhone() != null) {
                                assertThat(f.getIntakePhone()).matches(fictional);
                            }
                            if (f.getHotlinePhone() != null) {
                                assertThat(f.getHotlinePhone()).matches(fictional);
                            }
                        });
    }

    @Test
    void everyFacilityIsMarkedAsSample() {
        assertThat(large).allMatch(Facility::isSample);
    }

    @Test
    void websitesAreOnExampleOrg() {
        assertThat(large)
                .allSatisfy(f -> assertThat(f.getWebsite()).startsWith("https://example.org/"));
    }

    @Test
    void lastVerifiedIsNeverAfterToday() {
        assertThat(large).allSatisfy(f -> assertThat(f.getLastVerified()).isBeforeOrEqualTo(TODAY));
    }

    @Test
    void methadoneOnlyInAnOpioidTreatmentProgram() {
        List<Facility> methadone =
                large.stream()
                        .filter(f -> f.getMedications().contains(Medication.METHADONE))
                        .toList();

        assertThat(methadone).isNotEmpty().allMatch(Facility::isOpioidTreatmentProgram);
    }

    // The shares are compared with SAMHSA's 2015 figures, which the generator documents. With
    // n = 20,000 the binomial standard error is sqrt(p(1-p)/n): 0.30 points at p = 0.23 and 0.20
    // at p = 0.09, so the tolerances (3 and 2 points) are about ten standard errors wide. They
    // cannot fail by chance (and the seed is fixed anyway); they fail when the mix itself moves.

    private static double share(Predicate<Facility> property) {
        return (double) large.stream().filter(property).count() / large.size();
    }

    @Test
    void buprenorphineShareIsNear23Percent() {
        assertThat(share(f -> f.getMedications().contains(Medication.BUPRENORPHINE)))
                .isBetween(0.23 - 0.03, 0.23 + 0.03);
    }

    @Test
    void methadoneShareIsNear9Percent() {
        assertThat(share(f -> f.getMedications().contains(Medication.METHADONE)))
                .isBetween(0.09 - 0.02, 0.09 + 0.02);
    }

    @Test
    void dualDiagnosisShareLiesBetweenItsParts() {
        // Dual means CO (44%) or SUMH (30%): at least the larger part, at most their sum less the
        // overlap; drawn independently it is 1 - 0.56 * 0.70 = 60.8%. Each bound is more than 25
        // standard errors (0.35 points) away from that.
        assertThat(share(Facility::isDualDiagnosis)).isBetween(0.44, 0.70);
    }

    @Test
    void everyFacilityIsNearItsZipPoint() {
        assertThat(large)
                .allSatisfy(
                        f -> {
                            SampleFacilityGenerator.SampleZip at =
                                    zipByCode.get(f.getAddress().getZip());
                            assertThat(at).isNotNull();
                            assertThat(f.getAddress().getState()).isEqualTo(at.state());
                            assertThat(Math.abs(f.getLatitude() - at.latitude()))
                                    .isLessThanOrEqualTo(MAX_LAT_OFFSET);
                            assertThat(Math.abs(f.getLongitude() - at.longitude()))
                                    .isLessThanOrEqualTo(MAX_LON_OFFSET);
                            assertThat(
                                            miles(
                                                    at.latitude(),
                                                    at.longitude(),
                                                    f.getLatitude(),
                                                    f.getLongitude()))
                                    .isLessThan(1.0);
                        });
    }

    @Test
    void theJitterBoxIsWithinAMile() {
        // The box's corner at the equator, where a degree of longitude is longest.
        assertThat(miles(0, 0, MAX_LAT_OFFSET, MAX_LON_OFFSET)).isLessThan(1.0);
    }

    private static double miles(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a =
                Math.pow(Math.sin(dLat / 2), 2)
                        + Math.cos(Math.toRadians(lat1))
                                * Math.cos(Math.toRadians(lat2))
                                * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(a));
    }

    @Test
    void slugsStayUniqueAndShortEvenForVeryLongPlaceNames() {
        SampleFacilityGenerator.SampleZip longCity =
                new SampleFacilityGenerator.SampleZip(
                        "43215", "C".repeat(90), "OH", "39", "Franklin", 39.96, -83.0);
        List<String> slugs =
                new SampleFacilityGenerator(List.of(longCity), SEED, TODAY)
                        .generate(200)
                        .map(f -> f.getSlug())
                        .toList();

        assertThat(slugs).doesNotHaveDuplicates();
        assertThat(slugs).allSatisfy(slug -> assertThat(slug).hasSizeLessThanOrEqualTo(100));
    }

    @Test
    void mostListingsGiveHoursAndSomeWelcomeWalkIns() {
        // 15% give none; the rest one of the generator's week shapes.
        assertThat(share(f -> f.getOpeningHours() == null)).isBetween(0.12, 0.18);
        assertThat(share(Facility::isWalkIn)).isBetween(0.1, 0.4);
        assertThat(large.stream().map(Facility::getOpeningHours).distinct().count())
                .isGreaterThan(3);
    }

    @Test
    void opioidTreatmentProgramsWithHoursDoseOnWeekendsAndEarly() {
        List<OpeningHours> otpHours =
                large.stream()
                        .filter(Facility::isOpioidTreatmentProgram)
                        .map(Facility::getOpeningHours)
                        .filter(h -> h != null)
                        .toList();

        assertThat(otpHours)
                .isNotEmpty()
                .allSatisfy(
                        h -> {
                            assertThat(h.isClosedOn(DayOfWeek.SATURDAY)).isFalse();
                            assertThat(h.on(DayOfWeek.MONDAY).get(0).opens().getHour())
                                    .isLessThan(8);
                        });
    }
}
