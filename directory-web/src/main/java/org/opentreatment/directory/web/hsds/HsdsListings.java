package org.opentreatment.directory.web.hsds;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.OpeningHours;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.web.hsds.HsdsJson.Address;
import org.opentreatment.directory.web.hsds.HsdsJson.Attribute;
import org.opentreatment.directory.web.hsds.HsdsJson.Language;
import org.opentreatment.directory.web.hsds.HsdsJson.Location;
import org.opentreatment.directory.web.hsds.HsdsJson.Organization;
import org.opentreatment.directory.web.hsds.HsdsJson.Phone;
import org.opentreatment.directory.web.hsds.HsdsJson.Schedule;
import org.opentreatment.directory.web.hsds.HsdsJson.Service;
import org.opentreatment.directory.web.hsds.HsdsJson.ServiceAtLocation;

/**
 * A listing as HSDS sees it: one service ({@link Facility#getUuid()} is its id), offered by one
 * organization at one location (so one service_at_location), with its phones, weekly schedules,
 * languages and, as attributes, every vocabulary value it has ({@link HsdsTaxonomy}). Every id
 * comes from the listing's uuid ({@link HsdsIds}).
 */
final class HsdsListings {

    /**
     * What a sample listing says in {@code service.alert}, as its page says it: HSDS consumers show
     * alerts, and nobody should call a generated number.
     */
    static final String SAMPLE_ALERT =
            "Sample listing: generated for demonstration, not a real facility. Do not call.";

    private static final Pattern EXTENSION =
            Pattern.compile("^(.*?)\\s*(?:x|ext\\.?)\\s*([0-9]{1,6})$", Pattern.CASE_INSENSITIVE);

    private HsdsListings() {}

    /** The service with its one-to-one fields and its organization's, as a list shows it. */
    static Service summary(Facility f) {
        return service(f, false, true);
    }

    /** The whole service, everything nested, as {@code /services/{id}} and the download give it. */
    static Service full(Facility f) {
        return service(f, true, true);
    }

    private static Service service(Facility f, boolean nested, boolean withOrganization) {
        UUID id = f.getUuid();
        return new Service(
                id,
                HsdsIds.organization(id),
                f.getName(),
                f.getAlternateName(),
                f.getDescription(),
                f.getWebsite(),
                f.getStatus().code(),
                nested ? labels(f.getLanguageServices()) : null,
                labels(f.getAccreditations()),
                f.isSample() ? SAMPLE_ALERT : null,
                f.getLastVerified() == null ? null : f.getLastVerified().toString(),
                f.getUpdatedAt() == null
                        ? null
                        : f.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                nested ? phones(f) : null,
                nested ? schedules(f) : null,
                nested ? List.of(serviceAtLocation(f, location(f, true), null)) : null,
                nested ? languages(f) : null,
                withOrganization ? organization(f, nested) : null,
                nested ? attributes(f) : null);
    }

    /** The organization; nested, with the listing's location. */
    static Organization organization(Facility f, boolean nested) {
        return new Organization(
                HsdsIds.organization(f.getUuid()),
                f.getName(),
                f.getAlternateName(),
                organizationDescription(f),
                f.getWebsite(),
                null,
                nested ? List.of(location(f, true)) : null,
                null);
    }

    /**
     * {@code /organizations/{id}}: the organization, its location and its one service (with its
     * one-to-one fields, as the endpoint promises "simple information").
     */
    static Organization organizationWithService(Facility f) {
        Organization o = organization(f, true);
        return new Organization(
                o.id(),
                o.name(),
                o.alternateName(),
                o.description(),
                o.website(),
                phones(f),
                o.locations(),
                List.of(service(f, false, false)));
    }

    private static String organizationDescription(Facility f) {
        String runs = "The organization that runs " + f.getName() + ".";
        return f.getOperation() == null
                ? runs
                : runs + " Operation: " + f.getOperation().label() + ".";
    }

    /** The list form of {@code /service_at_locations}: one-to-one fields of all three. */
    static ServiceAtLocation serviceAtLocationSummary(Facility f) {
        return serviceAtLocation(f, location(f, false), summary(f));
    }

    /**
     * {@code /service_at_locations/{id}}: the location and the whole service, but without the
     * service's own service_at_locations, which would only repeat this one.
     */
    static ServiceAtLocation serviceAtLocationFull(Facility f) {
        Service s = full(f);
        Service withoutRepeat =
                new Service(
                        s.id(),
                        s.organizationId(),
                        s.name(),
                        s.alternateName(),
                        s.description(),
                        s.url(),
                        s.status(),
                        s.interpretationServices(),
                        s.accreditations(),
                        s.alert(),
                        s.assuredDate(),
                        s.lastModified(),
                        s.phones(),
                        s.schedules(),
                        null,
                        s.languages(),
                        s.organization(),
                        s.attributes());
        return serviceAtLocation(f, location(f, true), withoutRepeat);
    }

    private static ServiceAtLocation serviceAtLocation(
            Facility f, Location location, Service service) {
        UUID id = f.getUuid();
        return new ServiceAtLocation(
                HsdsIds.serviceAtLocation(id), id, HsdsIds.location(id), null, location, service);
    }

    static Location location(Facility f, boolean nested) {
        UUID id = f.getUuid();
        UUID location = HsdsIds.location(id);
        var a = f.getAddress();
        return new Location(
                location,
                "physical",
                HsdsIds.organization(id),
                f.getName(),
                f.isLocationApproximate()
                        ? "The coordinates are the centre of the ZIP code, not the address."
                        : null,
                f.getLatitude(),
                f.getLongitude(),
                nested
                        ? List.of(
                                new Address(
                                        HsdsIds.derive(id, "address"),
                                        location,
                                        a.getStreet1(),
                                        a.getStreet2(),
                                        a.getCity(),
                                        a.getCounty(),
                                        a.getState(),
                                        a.getZip(),
                                        "US",
                                        "physical"))
                        : null);
    }

    static List<Phone> phones(Facility f) {
        List<Phone> phones = new ArrayList<>();
        addPhone(phones, f, "main", f.getPhone(), "The facility's own number.");
        addPhone(phones, f, "intake", f.getIntakePhone(), "Intake: to ask about starting care.");
        addPhone(phones, f, "hotline", f.getHotlinePhone(), "The facility's hotline.");
        return phones;
    }

    private static void addPhone(
            List<Phone> phones, Facility f, String kind, String phone, String description) {
        if (phone == null || phone.isBlank()) {
            return;
        }
        String number = phone.strip();
        Long extension = null;
        Matcher m = EXTENSION.matcher(number);
        if (m.matches()) {
            number = m.group(1);
            extension = Long.valueOf(m.group(2));
        }
        phones.add(
                new Phone(
                        HsdsIds.derive(f.getUuid(), "phone/" + kind),
                        f.getUuid(),
                        number,
                        extension,
                        "voice",
                        description));
    }

    /**
     * A weekly schedule per opening interval ({@code freq} WEEKLY, {@code byday} MO, opens and
     * closes as HH:MM local time). A listing without hours, or closed every day, has none.
     */
    static List<Schedule> schedules(Facility f) {
        OpeningHours hours = f.getOpeningHours();
        if (hours == null) {
            return List.of();
        }
        List<Schedule> schedules = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningHours.Interval> intervals = hours.on(day);
            for (int i = 0; i < intervals.size(); i++) {
                OpeningHours.Interval interval = intervals.get(i);
                String code = OpeningHours.code(day);
                schedules.add(
                        new Schedule(
                                HsdsIds.derive(f.getUuid(), "schedule/" + code + "/" + i),
                                f.getUuid(),
                                "WEEKLY",
                                code,
                                interval.opens().toString(),
                                interval.closes().toString(),
                                null));
            }
        }
        return schedules;
    }

    /** The languages other than English that staff speak, with their ISO 639 codes. */
    static List<Language> languages(Facility f) {
        return f.getLanguages().stream()
                .sorted()
                .map(
                        l ->
                                new Language(
                                        HsdsIds.derive(f.getUuid(), "language/" + l.isoCode()),
                                        f.getUuid(),
                                        l.label(),
                                        l.isoCode()))
                .toList();
    }

    static List<Attribute> attributes(Facility f) {
        return HsdsTaxonomy.termsOf(f).stream()
                .map(
                        t ->
                                new Attribute(
                                        HsdsIds.derive(
                                                f.getUuid(),
                                                "attribute/" + t.group() + "/" + t.code()),
                                        f.getUuid(),
                                        t.group(),
                                        "service",
                                        t.id(),
                                        HsdsTaxonomy.json(t)))
                .toList();
    }

    private static <E extends SamhsaCoded> String labels(java.util.Collection<E> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream()
                .sorted(Comparator.comparingInt(v -> ((Enum<?>) v).ordinal()))
                .map(SamhsaCoded::label)
                .collect(Collectors.joining("; "));
    }
}
