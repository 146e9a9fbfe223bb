package org.opentreatment.directory.web.hsds;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.UUID;

/**
 * The HSDS 3.0 objects this API writes, as records. Component names are camel case and written in
 * snake case ({@link HsdsJsonb}); null components and lists are left out, as HSDS leaves optional
 * fields out. Which fields a response has follows the official schema of the endpoint: lists give
 * the one-to-one fields ({@code service_list.json}), a record by id the nested ones too.
 */
public final class HsdsJson {

    private HsdsJson() {}

    /** {@code GET /}: which HSDS this API speaks. No HSDS profile is used, so none is named. */
    public record Root(String version, String openapiUrl) {}

    /** The page envelope of every list, as the OpenAPI's {@code Page}. */
    @JsonbPropertyOrder({
        "totalItems",
        "totalPages",
        "pageNumber",
        "size",
        "firstPage",
        "lastPage",
        "empty",
        "contents"
    })
    public record Page<T>(
            long totalItems,
            long totalPages,
            long pageNumber,
            int size,
            boolean firstPage,
            boolean lastPage,
            boolean empty,
            List<T> contents) {}

    @JsonbPropertyOrder({
        "id",
        "organizationId",
        "name",
        "alternateName",
        "description",
        "url",
        "status",
        "interpretationServices",
        "accreditations",
        "alert",
        "assuredDate",
        "lastModified",
        "phones",
        "schedules",
        "serviceAtLocations",
        "languages",
        "organization",
        "attributes"
    })
    public record Service(
            UUID id,
            UUID organizationId,
            String name,
            String alternateName,
            String description,
            String url,
            String status,
            String interpretationServices,
            String accreditations,
            String alert,
            String assuredDate,
            String lastModified,
            List<Phone> phones,
            List<Schedule> schedules,
            List<ServiceAtLocation> serviceAtLocations,
            List<Language> languages,
            Organization organization,
            List<Attribute> attributes) {}

    @JsonbPropertyOrder({
        "id",
        "name",
        "alternateName",
        "description",
        "website",
        "phones",
        "locations",
        "services"
    })
    public record Organization(
            UUID id,
            String name,
            String alternateName,
            String description,
            String website,
            List<Phone> phones,
            List<Location> locations,
            List<Service> services) {}

    @JsonbPropertyOrder({"id", "serviceId", "locationId", "description", "location", "service"})
    public record ServiceAtLocation(
            UUID id,
            UUID serviceId,
            UUID locationId,
            String description,
            Location location,
            Service service) {}

    @JsonbPropertyOrder({
        "id",
        "locationType",
        "organizationId",
        "name",
        "description",
        "latitude",
        "longitude",
        "addresses"
    })
    public record Location(
            UUID id,
            String locationType,
            UUID organizationId,
            String name,
            String description,
            Double latitude,
            Double longitude,
            List<Address> addresses) {}

    @JsonbPropertyOrder({
        "id",
        "locationId",
        "address1",
        "address2",
        "city",
        "region",
        "stateProvince",
        "postalCode",
        "country",
        "addressType"
    })
    public record Address(
            UUID id,
            UUID locationId,
            @JsonbProperty("address_1") String address1,
            @JsonbProperty("address_2") String address2,
            String city,
            String region,
            String stateProvince,
            String postalCode,
            String country,
            String addressType) {}

    @JsonbPropertyOrder({"id", "serviceId", "number", "extension", "type", "description"})
    public record Phone(
            UUID id,
            UUID serviceId,
            String number,
            Long extension,
            String type,
            String description) {}

    /** One opening interval on one day of the week, in the facility's local time. */
    @JsonbPropertyOrder({"id", "serviceId", "freq", "byday", "opensAt", "closesAt", "description"})
    public record Schedule(
            UUID id,
            UUID serviceId,
            String freq,
            String byday,
            String opensAt,
            String closesAt,
            String description) {}

    @JsonbPropertyOrder({"id", "serviceId", "name", "code"})
    public record Language(UUID id, UUID serviceId, String name, String code) {}

    @JsonbPropertyOrder({
        "id",
        "linkId",
        "linkType",
        "linkEntity",
        "taxonomyTermId",
        "taxonomyTerm"
    })
    public record Attribute(
            UUID id,
            UUID linkId,
            String linkType,
            String linkEntity,
            UUID taxonomyTermId,
            TaxonomyTerm taxonomyTerm) {}

    @JsonbPropertyOrder({"id", "name", "description", "version"})
    public record Taxonomy(UUID id, String name, String description, String version) {}

    @JsonbPropertyOrder({
        "id",
        "code",
        "name",
        "description",
        "parentId",
        "taxonomy",
        "language",
        "taxonomyId"
    })
    public record TaxonomyTerm(
            UUID id,
            String code,
            String name,
            String description,
            UUID parentId,
            String taxonomy,
            String language,
            UUID taxonomyId) {}
}
