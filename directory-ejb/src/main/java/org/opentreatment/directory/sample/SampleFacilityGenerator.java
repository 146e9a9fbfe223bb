package org.opentreatment.directory.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.opentreatment.directory.facility.Accreditation;
import org.opentreatment.directory.facility.Address;
import org.opentreatment.directory.facility.AgeGroup;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityOperation;
import org.opentreatment.directory.facility.Gender;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.LanguageService;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.OpeningHours;
import org.opentreatment.directory.facility.OpeningHours.Interval;
import org.opentreatment.directory.facility.Payment;
import org.opentreatment.directory.facility.PaymentAssistance;
import org.opentreatment.directory.facility.Pharmacotherapy;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.facility.SamhsaCodes;
import org.opentreatment.directory.facility.ServiceSetting;
import org.opentreatment.directory.facility.SpecialGroup;
import org.opentreatment.directory.facility.TreatmentApproach;
import org.opentreatment.directory.facility.TypeOfCare;
import org.opentreatment.directory.geo.Place;
import org.opentreatment.directory.geo.PlaceNames;

/**
 * Generates plausible, clearly fictional facilities at real ZIP points: the same seed and ZIP list
 * always give the same facilities. Service mixes follow the shares of SAMHSA's 2015 National
 * Directory (23% buprenorphine, 9% methadone in an OTP, 44% co-occurring, ...); phone numbers are
 * in the 555-0100..0199 block reserved for fiction, web sites on example.org.
 */
public final class SampleFacilityGenerator {

    private static final String[] NAME_STARTS = {
        "New Hope",
        "Pathways",
        "Harbor",
        "Bridgeway",
        "Clearview",
        "Lakeside",
        "Riverside",
        "Summit",
        "Horizon",
        "Beacon",
        "Cornerstone",
        "Crossroads",
        "Fresh Start",
        "Serenity",
        "Open Door",
        "Second Chance",
        "North Star",
        "Evergreen",
        "Keystone",
        "Milestone",
        "Turning Point",
        "Lighthouse",
        "Compass",
        "Willow",
        "Cedar",
        "Aspen",
        "Meadowbrook",
        "Stonegate",
        "Valley",
        "Hillside"
    };
    private static final String[] NAME_ENDS = {
        "Recovery Center", "Treatment Services", "Behavioral Health", "Counseling Center",
                "Addiction Services",
        "Wellness Center", "Health Services", "Outpatient Clinic", "Family Services",
                "Recovery Network"
    };
    private static final String[] STREETS = {
        "Main",
        "Oak",
        "Maple",
        "Washington",
        "Park",
        "Lincoln",
        "Church",
        "High",
        "Broad",
        "Market",
        "Center",
        "Elm",
        "Walnut",
        "Jefferson",
        "Madison",
        "Franklin",
        "Spring",
        "Union",
        "Lake",
        "River"
    };
    private static final String[] STREET_KINDS = {
        "Street", "Avenue", "Road", "Boulevard", "Drive", "Parkway"
    };

    private final List<SampleZip> zips;
    private final long seed;
    private final LocalDate today;

    /** A ZIP point to place facilities at. */
    public record SampleZip(
            String zip,
            String city,
            String state,
            String stateFips,
            String county,
            double latitude,
            double longitude) {

        public static SampleZip of(Place place) {
            return new SampleZip(
                    place.zip(),
                    place.city(),
                    place.state().code(),
                    place.state().fips(),
                    place.county(),
                    place.point().latitude(),
                    place.point().longitude());
        }
    }

    public SampleFacilityGenerator(List<SampleZip> zips, long seed, LocalDate today) {
        if (zips.isEmpty()) {
            throw new IllegalArgumentException("no ZIP points to place sample facilities at");
        }
        this.zips = List.copyOf(zips);
        this.seed = seed;
        this.today = today;
    }

    /**
     * The first {@code count} sample facilities: one in each state first, so every state has
     * listings even in small samples, then at ZIPs drawn uniformly.
     */
    public Stream<Facility> generate(int count) {
        List<SampleZip> firstPerState =
                new ArrayList<>(
                        zips.stream()
                                .collect(
                                        Collectors.toMap(
                                                SampleZip::state,
                                                z -> z,
                                                (a, b) -> a,
                                                LinkedHashMap::new))
                                .values());
        firstPerState.sort(Comparator.comparing(SampleZip::state));
        Set<String> slugs = new HashSet<>();
        return IntStream.range(0, count)
                .mapToObj(
                        i -> {
                            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
                            SampleZip at =
                                    i < firstPerState.size()
                                            ? firstPerState.get(i)
                                            : zips.get(random.nextInt(zips.size()));
                            return facility(i, at, random, slugs);
                        });
    }

    private Facility facility(int index, SampleZip at, SplittableRandom random, Set<String> slugs) {
        Facility f = new Facility();
        f.setSample(true);
        String name = pick(random, NAME_STARTS) + " " + pick(random, NAME_ENDS);
        f.setName(name);
        if (chance(random, 0.3)) {
            f.setAlternateName(at.city() + " Office");
        }
        f.setSlug(uniqueSlug(name + " " + at.city() + " " + at.state(), index, slugs));
        String street =
                (100 + random.nextInt(9800))
                        + " "
                        + pick(random, STREETS)
                        + " "
                        + pick(random, STREET_KINDS);
        String suite = chance(random, 0.25) ? "Suite " + (100 + random.nextInt(400)) : null;
        f.setAddress(new Address(street, suite, at.city(), at.state(), at.zip(), at.county()));
        // Within about half a mile of the ZIP point, so neighbours in one ZIP do not coincide.
        f.setLatitude(round(at.latitude() + (random.nextDouble() - 0.5) * 0.014));
        f.setLongitude(round(at.longitude() + (random.nextDouble() - 0.5) * 0.018));
        f.setPhone(fictionalPhone(at, random));
        if (chance(random, 0.5)) {
            f.setIntakePhone(fictionalPhone(at, random));
        }
        if (chance(random, 0.1)) {
            f.setHotlinePhone(fictionalPhone(at, random));
        }
        f.setWebsite("https://example.org/sample/" + f.getSlug());
        f.setDescription(
                "Sample listing, generated for demonstration: not a real facility. Do not call.");
        f.setLastVerified(today.minusDays(random.nextInt(720)));
        f.setAcceptingNewPatients(chance(random, 0.9));
        f.setStatus(status(random));
        f.setOperation(
                pickWeighted(
                        random,
                        FacilityOperation.class,
                        Map.of(
                                "PVTN", 55.0, "PVTP", 33.0, "LCCG", 6.0, "STG", 2.5, "FED", 0.5,
                                "VAMC", 1.3, "DDF", 0.3, "IH", 0.7, "TBG", 0.7)));
        services(f, random);
        // Drawn after everything else, so the rest of each listing is what it was before hours.
        hours(f, random);
        return f;
    }

    // A few week shapes, built once and shared (OpeningHours is immutable): choosing among them
    // keeps 20,000 listings cheap to generate.
    private static final OpeningHours OFFICE =
            weekdays(List.of(Interval.of("08:00", "17:00")), Map.of());
    private static final OpeningHours OFFICE_WITH_LUNCH =
            weekdays(
                    List.of(Interval.of("08:30", "12:00"), Interval.of("13:00", "17:00")),
                    Map.of());
    private static final OpeningHours EVENINGS_TOO =
            weekdays(
                    List.of(Interval.of("09:00", "20:00")),
                    Map.of(
                            DayOfWeek.FRIDAY, List.of(Interval.of("09:00", "17:00")),
                            DayOfWeek.SATURDAY, List.of(Interval.of("10:00", "14:00"))));
    // Opioid treatment programs dose early in the morning, and on weekends too.
    private static final OpeningHours DOSING =
            weekdays(
                    List.of(Interval.of("05:30", "13:30")),
                    Map.of(
                            DayOfWeek.SATURDAY, List.of(Interval.of("07:00", "10:00")),
                            DayOfWeek.SUNDAY, List.of(Interval.of("07:00", "09:00"))));
    private static final OpeningHours AROUND_THE_CLOCK =
            OpeningHours.of(
                    Stream.of(DayOfWeek.values())
                            .collect(
                                    Collectors.toMap(
                                            d -> d, d -> List.of(Interval.of("00:00", "23:59")))));

    private static OpeningHours weekdays(
            List<Interval> monToFri, Map<DayOfWeek, List<Interval>> otherDays) {
        Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.compareTo(DayOfWeek.FRIDAY) <= 0) {
                week.put(day, monToFri);
            }
        }
        week.putAll(otherDays);
        return OpeningHours.of(week);
    }

    private static void hours(Facility f, SplittableRandom r) {
        boolean residentialOnly =
                f.getServiceSettings().stream()
                        .noneMatch(s -> s == code(ServiceSetting.class, "OP"));
        double x = r.nextDouble();
        if (x < 0.15) {
            f.setOpeningHours(null); // the listing gives no hours
        } else if (residentialOnly
                || f.getServiceSettings().contains(code(ServiceSetting.class, "HI"))) {
            f.setOpeningHours(AROUND_THE_CLOCK);
        } else if (f.isOpioidTreatmentProgram()) {
            f.setOpeningHours(DOSING);
        } else {
            f.setOpeningHours(x < 0.5 ? OFFICE : x < 0.75 ? OFFICE_WITH_LUNCH : EVENINGS_TOO);
        }
        f.setWalkIn(chance(r, f.isOpioidTreatmentProgram() ? 0.6 : residentialOnly ? 0.05 : 0.25));
    }

    private static void services(Facility f, SplittableRandom r) {
        boolean otp = chance(r, 0.09);
        f.setOpioidTreatmentProgram(otp);
        addIf(f.getTypesOfCare(), TypeOfCare.class, "SA", otp || chance(r, 0.98));
        addIf(f.getTypesOfCare(), TypeOfCare.class, "DT", chance(r, 0.19));
        addIf(f.getTypesOfCare(), TypeOfCare.class, "HH", !otp && chance(r, 0.10));
        addIf(f.getTypesOfCare(), TypeOfCare.class, "SUMH", chance(r, 0.30));
        addIf(f.getTypesOfCare(), TypeOfCare.class, "MH", chance(r, 0.35));
        addIf(f.getTypesOfCare(), TypeOfCare.class, "TELE", chance(r, 0.26));
        // every listing offers some care, as the listing rules require (decided without drawing
        // from the random sequence, so the rest of the sample stays as it was)
        if (f.getTypesOfCare().isEmpty()) {
            f.getTypesOfCare().add(TypeOfCare.SUBSTANCE_USE);
        }

        // Methadone for OUD only in a certified OTP; OTPs mostly offer buprenorphine too.
        addIf(f.getMedications(), Medication.class, "MU", otp);
        addIf(f.getMedications(), Medication.class, "BU", otp ? chance(r, 0.7) : chance(r, 0.19));
        addIf(f.getMedications(), Medication.class, "NU", chance(r, otp ? 0.4 : 0.25));
        f.setAcceptsClientsOnPrescribedMedication(!f.getMedications().isEmpty() || chance(r, 0.5));
        for (Medication m : f.getMedications()) {
            for (Pharmacotherapy p : Pharmacotherapy.values()) {
                if (p.medication() == m && chance(r, 0.6)) {
                    f.getPharmacotherapies().add(p);
                }
            }
        }
        addIf(f.getPharmacotherapies(), Pharmacotherapy.class, "ACM", chance(r, 0.15));
        addIf(f.getPharmacotherapies(), Pharmacotherapy.class, "DSF", chance(r, 0.12));
        addIf(f.getPharmacotherapies(), Pharmacotherapy.class, "MPD", chance(r, 0.35));

        boolean outpatient = otp || chance(r, 0.82);
        boolean residential = !otp && (chance(r, 0.24) || !outpatient);
        addIf(f.getServiceSettings(), ServiceSetting.class, "OP", outpatient);
        addIf(f.getServiceSettings(), ServiceSetting.class, "ORT", outpatient && chance(r, 0.9));
        addIf(f.getServiceSettings(), ServiceSetting.class, "OIT", outpatient && chance(r, 0.55));
        addIf(f.getServiceSettings(), ServiceSetting.class, "ODT", outpatient && chance(r, 0.15));
        addIf(f.getServiceSettings(), ServiceSetting.class, "OD", outpatient && chance(r, 0.12));
        addIf(
                f.getServiceSettings(),
                ServiceSetting.class,
                "OMB",
                otp || (outpatient && !f.getMedications().isEmpty()));
        addIf(f.getServiceSettings(), ServiceSetting.class, "RES", residential);
        addIf(f.getServiceSettings(), ServiceSetting.class, "RL", residential && chance(r, 0.8));
        addIf(f.getServiceSettings(), ServiceSetting.class, "RS", residential && chance(r, 0.5));
        addIf(f.getServiceSettings(), ServiceSetting.class, "RD", residential && chance(r, 0.27));
        addIf(f.getServiceSettings(), ServiceSetting.class, "HI", chance(r, 0.04));

        addEach(
                r,
                f.getTreatmentApproaches(),
                TreatmentApproach.class,
                Map.ofEntries(
                        Map.entry("CBT", 0.9),
                        Map.entry("MOTI", 0.85),
                        Map.entry("RELP", 0.88),
                        Map.entry("SACA", 0.8),
                        Map.entry("TRC", 0.6),
                        Map.entry("BIA", 0.7),
                        Map.entry("ANG", 0.5),
                        Map.entry("CMI", 0.4),
                        Map.entry("DBT", 0.35),
                        Map.entry("TWFA", 0.55),
                        Map.entry("MXM", 0.25),
                        Map.entry("CRV", 0.08)));

        if (chance(r, 0.03)) {
            addIf(f.getPayments(), Payment.class, "NP", true);
        } else {
            addEach(
                    r,
                    f.getPayments(),
                    Payment.class,
                    Map.of(
                            "SF", 0.9, "PI", 0.67, "MD", 0.6, "SI", 0.44, "MI", 0.33, "MC", 0.32,
                            "ITU", 0.05));
            addEach(
                    r,
                    f.getPaymentAssistance(),
                    PaymentAssistance.class,
                    Map.of("SS", 0.4, "PA", 0.22));
        }

        addEach(
                r,
                f.getSpecialGroups(),
                SpecialGroup.class,
                Map.ofEntries(
                        Map.entry("CO", 0.44),
                        Map.entry("WN", 0.45),
                        Map.entry("MN", 0.42),
                        Map.entry("CJ", 0.35),
                        Map.entry("TRMA", 0.32),
                        Map.entry("AD", 0.28),
                        Map.entry("DV", 0.23),
                        Map.entry("XA", 0.22),
                        Map.entry("PW", 0.21),
                        Map.entry("SE", 0.19),
                        Map.entry("VET", 0.17),
                        Map.entry("GL", 0.17),
                        Map.entry("TAY", 0.15),
                        Map.entry("MF", 0.11),
                        Map.entry("ADM", 0.09),
                        Map.entry("HV", 0.08),
                        Map.entry("COPSU", 0.05)));

        addEach(
                r,
                f.getAgeGroups(),
                AgeGroup.class,
                Map.of("ADLT", 0.95, "YAD", 0.71, "CHLD", 0.42, "SNR", 0.5));
        if (f.getAgeGroups().isEmpty()) {
            addIf(f.getAgeGroups(), AgeGroup.class, "ADLT", true);
        }
        addEach(r, f.getGenders(), Gender.class, Map.of("FEM", 0.93, "MALE", 0.93));
        if (f.getGenders().isEmpty()) {
            f.getGenders()
                    .add(chance(r, 0.5) ? code(Gender.class, "FEM") : code(Gender.class, "MALE"));
        }

        addEach(
                r,
                f.getLanguageServices(),
                LanguageService.class,
                Map.of("SP", 0.25, "AH", 0.29, "FX", 0.06, "NX", 0.01));
        if (f.getLanguageServices().contains(code(LanguageService.class, "SP"))) {
            f.getLanguages().add(Language.SPANISH);
        }
        if (f.getLanguageServices().contains(code(LanguageService.class, "FX"))) {
            Language[] all = Language.values();
            for (int n = 1 + r.nextInt(2); n > 0; n--) {
                f.getLanguages().add(all[r.nextInt(all.length)]);
            }
        }

        addEach(
                r,
                f.getAccreditations(),
                Accreditation.class,
                Map.of(
                        "SSA", 0.8, "STDH", 0.35, "SMHD", 0.25, "CARF", 0.3, "JC", 0.22, "HLA",
                        0.05, "COA", 0.03, "NCQA", 0.02, "FQHC", 0.04, "HFAP", 0.01));
        addIf(f.getAccreditations(), Accreditation.class, "OTP", otp);
        addIf(f.getAccreditations(), Accreditation.class, "DEA", otp);
    }

    private static ListingStatus status(SplittableRandom r) {
        double x = r.nextDouble();
        if (x < 0.97) {
            return ListingStatus.ACTIVE;
        }
        return x < 0.985
                ? ListingStatus.TEMPORARILY_CLOSED
                : x < 0.995 ? ListingStatus.INACTIVE : ListingStatus.DEFUNCT;
    }

    private static String fictionalPhone(SampleZip at, SplittableRandom r) {
        int fips = Integer.parseInt(at.stateFips());
        int areaCode = 201 + (fips * 37) % 780;
        return String.format("%03d-555-01%02d", areaCode, r.nextInt(100));
    }

    private static String uniqueSlug(String text, int index, Set<String> taken) {
        String slug = truncate(PlaceNames.slug(text), 100);
        if (taken.add(slug)) {
            return slug;
        }
        for (int attempt = 0; ; attempt++) {
            String suffix = "-" + index + (attempt == 0 ? "" : "-" + attempt);
            String suffixed = truncate(slug, 100 - suffix.length()) + suffix;
            if (taken.add(suffixed)) {
                return suffixed;
            }
        }
    }

    private static String truncate(String slug, int max) {
        return slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-+$", "");
    }

    private static <E extends Enum<E> & SamhsaCoded> E code(Class<E> type, String code) {
        return SamhsaCodes.fromCode(type, code)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "no " + type.getSimpleName() + " with code " + code));
    }

    private static <E extends Enum<E> & SamhsaCoded> void addIf(
            Set<E> set, Class<E> type, String code, boolean add) {
        if (add) {
            set.add(code(type, code));
        }
    }

    // Iterates in code order so the random draws, and so the sample, never depend on map order.
    private static <E extends Enum<E> & SamhsaCoded> void addEach(
            SplittableRandom r, Set<E> set, Class<E> type, Map<String, Double> shares) {
        shares.keySet().stream()
                .sorted()
                .forEach(code -> addIf(set, type, code, chance(r, shares.get(code))));
    }

    private static <E extends Enum<E> & SamhsaCoded> E pickWeighted(
            SplittableRandom r, Class<E> type, Map<String, Double> weights) {
        List<String> codes = weights.keySet().stream().sorted().toList();
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double x = r.nextDouble() * total;
        for (String code : codes) {
            x -= weights.get(code);
            if (x < 0) {
                return code(type, code);
            }
        }
        return code(type, codes.get(codes.size() - 1));
    }

    private static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
