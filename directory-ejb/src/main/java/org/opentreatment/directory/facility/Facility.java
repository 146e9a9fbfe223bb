package org.opentreatment.directory.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.opentreatment.directory.analysis.Analyzers;
import org.opentreatment.directory.shared.AbstractEntity;

/**
 * One treatment facility's listing: who it is, where it is, how to reach it, and what it offers in
 * the SAMHSA locator's vocabulary. Indexed for the public search; a result page is built from index
 * projections and never loads these entities.
 *
 * <p>Every change to a {@link ListingField} is recorded by Envers (table {@code facility_aud}, one
 * row per listing and revision), for the listing's history. Not recorded: what the directory keeps
 * for itself or never changes (slug, uuid, external reference, the sample flag) and what the
 * superclass holds (version, timestamps: the revision has its own).
 */
@Entity
@Table(
        name = "facility",
        uniqueConstraints = @UniqueConstraint(name = "uk_facility_slug", columnNames = "slug"),
        indexes = @Index(name = "ix_facility_state_city", columnList = "state, city"))
@Indexed(index = "facility")
@GeoPointBinding(fieldName = "location", projectable = Projectable.YES, sortable = Sortable.YES)
@Audited
public class Facility extends AbstractEntity {

    private static final long serialVersionUID = 1L;

    /**
     * A North American number as people write it, with an optional extension: "614-555-0123",
     * "(614) 555-0123", "+1 614 555 0123", "614-555-0123 x12".
     */
    public static final String PHONE_PATTERN =
            "^(\\+?1[ .-]?)?\\(?[2-9][0-9]{2}\\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}( ?(x|ext\\.?) ?[0-9]{1,6})?$";

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    @FullTextField(
            analyzer = Analyzers.TEXT,
            searchAnalyzer = Analyzers.TEXT_QUERY,
            projectable = Projectable.YES)
    @KeywordField(
            name = "name_sort",
            normalizer = Analyzers.SORT,
            sortable = Sortable.YES,
            searchable = Searchable.NO)
    private String name;

    @Size(max = 200)
    @Column(name = "alternate_name", length = 200)
    @FullTextField(
            analyzer = Analyzers.TEXT,
            searchAnalyzer = Analyzers.TEXT_QUERY,
            projectable = Projectable.YES)
    private String alternateName;

    @NotBlank
    @Size(max = 120)
    @Pattern(
            regexp = "[a-z0-9]+(-[a-z0-9]+)*",
            message = "must be lower-case words joined by hyphens")
    @NotAudited
    @Column(name = "slug", nullable = false, length = 120)
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String slug;

    @Valid @NotNull @Embedded @IndexedEmbedded private Address address = new Address();

    @NotNull
    @DecimalMin("-90.0")
    @DecimalMax("90.0")
    @Column(name = "latitude", nullable = false)
    @Latitude
    private Double latitude;

    @NotNull
    @DecimalMin("-180.0")
    @DecimalMax("180.0")
    @Column(name = "longitude", nullable = false)
    @Longitude
    private Double longitude;

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = PHONE_PATTERN, message = "must be a phone number such as 614-555-0123")
    @Column(name = "phone", nullable = false, length = 30)
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String phone;

    @Size(max = 30)
    @Pattern(regexp = PHONE_PATTERN, message = "must be a phone number such as 614-555-0123")
    @Column(name = "intake_phone", length = 30)
    private String intakePhone;

    @Size(max = 30)
    @Pattern(regexp = PHONE_PATTERN, message = "must be a phone number such as 614-555-0123")
    @Column(name = "hotline_phone", length = 30)
    private String hotlinePhone;

    @Size(max = 500)
    @Pattern(
            regexp = "https?://[^\\s]+",
            message = "must be a web address starting with http:// or https://")
    @Column(name = "website", length = 500)
    private String website;

    @Size(max = 4000)
    @Column(name = "description", length = 4000)
    @FullTextField(analyzer = Analyzers.TEXT, searchAnalyzer = Analyzers.TEXT_QUERY)
    private String description;

    @NotNull
    @Convert(converter = TypeOfCare.SetConverter.class)
    @Column(name = "types_of_care", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<TypeOfCare> typesOfCare = EnumSet.noneOf(TypeOfCare.class);

    @NotNull
    @Convert(converter = ServiceSetting.SetConverter.class)
    @Column(name = "service_settings", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<ServiceSetting> serviceSettings = EnumSet.noneOf(ServiceSetting.class);

    @NotNull
    @Convert(converter = Medication.SetConverter.class)
    @Column(name = "medications", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Medication> medications = EnumSet.noneOf(Medication.class);

    /**
     * A federally certified Opioid Treatment Program: the only setting that may dispense methadone
     * for OUD.
     */
    @Column(name = "otp", nullable = false)
    @GenericField(aggregable = Aggregable.YES)
    private boolean opioidTreatmentProgram;

    @Column(name = "accepts_prescribed_medication", nullable = false)
    @GenericField
    private boolean acceptsClientsOnPrescribedMedication;

    @NotNull
    @Convert(converter = Pharmacotherapy.SetConverter.class)
    @Column(name = "pharmacotherapies", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<Pharmacotherapy> pharmacotherapies = EnumSet.noneOf(Pharmacotherapy.class);

    @NotNull
    @Convert(converter = TreatmentApproach.SetConverter.class)
    @Column(name = "treatment_approaches", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<TreatmentApproach> treatmentApproaches = EnumSet.noneOf(TreatmentApproach.class);

    @NotNull
    @Convert(converter = Payment.SetConverter.class)
    @Column(name = "payments", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Payment> payments = EnumSet.noneOf(Payment.class);

    @NotNull
    @Convert(converter = PaymentAssistance.SetConverter.class)
    @Column(name = "payment_assistance", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<PaymentAssistance> paymentAssistance = EnumSet.noneOf(PaymentAssistance.class);

    @NotNull
    @Convert(converter = SpecialGroup.SetConverter.class)
    @Column(name = "special_groups", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<SpecialGroup> specialGroups = EnumSet.noneOf(SpecialGroup.class);

    @NotNull
    @Convert(converter = AgeGroup.SetConverter.class)
    @Column(name = "age_groups", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<AgeGroup> ageGroups = EnumSet.noneOf(AgeGroup.class);

    @NotNull
    @Convert(converter = Gender.SetConverter.class)
    @Column(name = "genders", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<Gender> genders = EnumSet.noneOf(Gender.class);

    @NotNull
    @Convert(converter = LanguageService.SetConverter.class)
    @Column(name = "language_services", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<LanguageService> languageServices = EnumSet.noneOf(LanguageService.class);

    @NotNull
    @Convert(converter = Language.SetConverter.class)
    @Column(name = "languages", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    @Column(name = "operation", length = 10)
    @GenericField(aggregable = Aggregable.YES)
    private FacilityOperation operation;

    @NotNull
    @Convert(converter = Accreditation.SetConverter.class)
    @Column(name = "accreditations", nullable = false, length = 255)
    @GenericField(aggregable = Aggregable.YES)
    private Set<Accreditation> accreditations = EnumSet.noneOf(Accreditation.class);

    @NotNull
    @Column(name = "status", nullable = false, length = 20)
    @GenericField(projectable = Projectable.YES)
    private ListingStatus status = ListingStatus.ACTIVE;

    @Column(name = "accepting_new_patients", nullable = false)
    @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private boolean acceptingNewPatients = true;

    /** Walk-ins welcome: someone may come without an appointment. */
    @Column(name = "walk_in", nullable = false)
    @GenericField
    private boolean walkIn;

    /** When it is open; null when the listing gives no hours. */
    @Convert(converter = OpeningHours.Converter.class)
    @Column(name = "opening_hours", length = OpeningHours.MAX_LENGTH)
    private OpeningHours openingHours;

    @PastOrPresent
    @Column(name = "last_verified")
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private LocalDate lastVerified;

    /**
     * Generated listings are shown with a "sample data" label and never mixed up with real ones.
     */
    @NotAudited
    @Column(name = "sample", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private boolean sample;

    /**
     * The listing's public identity: its Open Referral HSDS id and the key CSV export and import
     * match on. Given when the listing is made and never changed, so other directories that copied
     * it can find it again.
     */
    @NotNull
    @NotAudited
    @Column(name = "uuid", nullable = false, updatable = false, unique = true)
    private UUID uuid = UUID.randomUUID();

    /**
     * Where the listing was imported from ("findtreatment" for the FindTreatment.gov locator), with
     * {@link #externalId}; null for listings made here.
     */
    @Size(max = 40)
    @NotAudited
    @Column(name = "external_source", length = 40)
    private String externalSource;

    /** The record's id in {@link #externalSource}, the locator's {@code frid}. */
    @Size(max = 100)
    @NotAudited
    @Column(name = "external_id", length = 100)
    private String externalId;

    /**
     * The coordinates are the centre of the listing's ZIP code, because the source gave none: the
     * distance shown is then approximate.
     */
    @Column(name = "location_approximate", nullable = false)
    private boolean locationApproximate;

    /**
     * The public "dual diagnosis" filter: care for co-occurring substance use and mental illness,
     * whether the facility lists it as a type of care (SUMH) or as a special group (CO).
     */
    @Transient
    @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "typesOfCare")),
                @ObjectPath(@PropertyValue(propertyName = "specialGroups"))
            })
    public boolean isDualDiagnosis() {
        return typesOfCare.contains(TypeOfCare.CO_OCCURRING)
                || specialGroups.contains(SpecialGroup.CO_OCCURRING);
    }

    /**
     * The labels (and brand names) of everything the facility offers, so a keyword search for
     * "methadone" or "sliding fee" finds facilities that list it as a service.
     */
    @Transient
    @FullTextField(
            name = "services",
            analyzer = Analyzers.TEXT,
            searchAnalyzer = Analyzers.TEXT_QUERY,
            // stored, so that the words a keyword search matched can be shown in the results
            projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "typesOfCare")),
                @ObjectPath(@PropertyValue(propertyName = "serviceSettings")),
                @ObjectPath(@PropertyValue(propertyName = "medications")),
                @ObjectPath(@PropertyValue(propertyName = "pharmacotherapies")),
                @ObjectPath(@PropertyValue(propertyName = "treatmentApproaches")),
                @ObjectPath(@PropertyValue(propertyName = "payments")),
                @ObjectPath(@PropertyValue(propertyName = "paymentAssistance")),
                @ObjectPath(@PropertyValue(propertyName = "specialGroups")),
                @ObjectPath(@PropertyValue(propertyName = "languageServices")),
                @ObjectPath(@PropertyValue(propertyName = "languages")),
                @ObjectPath(@PropertyValue(propertyName = "opioidTreatmentProgram"))
            })
    public String getServiceTerms() {
        Stream<String> labels =
                Stream.of(
                                typesOfCare,
                                serviceSettings,
                                medications,
                                pharmacotherapies,
                                treatmentApproaches,
                                payments,
                                paymentAssistance,
                                specialGroups,
                                languageServices,
                                languages)
                        .flatMap(Collection::stream)
                        .map(SamhsaCoded::label);
        Stream<String> brands = medications.stream().flatMap(m -> m.brandNames().stream());
        return Stream.concat(Stream.concat(labels, brands), plainWords())
                .collect(Collectors.joining("; "));
    }

    // The phrases people use for what the vocabulary names formally. They are indexed rather than
    // expanded at query time because keyword search splits a query on spaces first.
    private Stream<String> plainWords() {
        Stream.Builder<String> words = Stream.builder();
        if (isDualDiagnosis()) {
            words.add("Dual diagnosis");
        }
        if (!medications.isEmpty()) {
            words.add(
                    "Medication for opioid use disorder (MOUD, MAT, medication-assisted treatment)");
        }
        if (medications.contains(Medication.METHADONE) || opioidTreatmentProgram) {
            words.add("Methadone clinic");
        }
        if (opioidTreatmentProgram) {
            words.add("Opioid Treatment Program (OTP)");
        }
        if (typesOfCare.contains(TypeOfCare.TRANSITIONAL_HOUSING)) {
            words.add("Sober living");
        }
        if (payments.contains(Payment.FREE)) {
            words.add("Free");
        }
        return words.build();
    }

    public UUID getUuid() {
        return uuid;
    }

    public void setUuid(UUID uuid) {
        this.uuid = uuid;
    }

    public String getExternalSource() {
        return externalSource;
    }

    public String getExternalId() {
        return externalId;
    }

    /** Both parts of an external reference, or neither. */
    public void setExternalReference(String source, String id) {
        if ((source == null) != (id == null)) {
            throw new IllegalArgumentException("an external reference needs a source and an id");
        }
        this.externalSource = source;
        this.externalId = id;
    }

    public boolean isLocationApproximate() {
        return locationApproximate;
    }

    public void setLocationApproximate(boolean locationApproximate) {
        this.locationApproximate = locationApproximate;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public void setAlternateName(String alternateName) {
        this.alternateName = alternateName;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIntakePhone() {
        return intakePhone;
    }

    public void setIntakePhone(String intakePhone) {
        this.intakePhone = intakePhone;
    }

    public String getHotlinePhone() {
        return hotlinePhone;
    }

    public void setHotlinePhone(String hotlinePhone) {
        this.hotlinePhone = hotlinePhone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<TypeOfCare> getTypesOfCare() {
        return typesOfCare;
    }

    public Set<ServiceSetting> getServiceSettings() {
        return serviceSettings;
    }

    public Set<Medication> getMedications() {
        return medications;
    }

    public boolean isOpioidTreatmentProgram() {
        return opioidTreatmentProgram;
    }

    public void setOpioidTreatmentProgram(boolean opioidTreatmentProgram) {
        this.opioidTreatmentProgram = opioidTreatmentProgram;
    }

    public boolean isAcceptsClientsOnPrescribedMedication() {
        return acceptsClientsOnPrescribedMedication;
    }

    public void setAcceptsClientsOnPrescribedMedication(boolean accepts) {
        this.acceptsClientsOnPrescribedMedication = accepts;
    }

    public Set<Pharmacotherapy> getPharmacotherapies() {
        return pharmacotherapies;
    }

    public Set<TreatmentApproach> getTreatmentApproaches() {
        return treatmentApproaches;
    }

    public Set<Payment> getPayments() {
        return payments;
    }

    public Set<PaymentAssistance> getPaymentAssistance() {
        return paymentAssistance;
    }

    public Set<SpecialGroup> getSpecialGroups() {
        return specialGroups;
    }

    public Set<AgeGroup> getAgeGroups() {
        return ageGroups;
    }

    public Set<Gender> getGenders() {
        return genders;
    }

    public Set<LanguageService> getLanguageServices() {
        return languageServices;
    }

    public Set<Language> getLanguages() {
        return languages;
    }

    public FacilityOperation getOperation() {
        return operation;
    }

    public void setOperation(FacilityOperation operation) {
        this.operation = operation;
    }

    public Set<Accreditation> getAccreditations() {
        return accreditations;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public void setStatus(ListingStatus status) {
        this.status = status;
    }

    public boolean isAcceptingNewPatients() {
        return acceptingNewPatients;
    }

    public void setAcceptingNewPatients(boolean acceptingNewPatients) {
        this.acceptingNewPatients = acceptingNewPatients;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public void setWalkIn(boolean walkIn) {
        this.walkIn = walkIn;
    }

    public OpeningHours getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(OpeningHours openingHours) {
        this.openingHours = openingHours;
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    public void setLastVerified(LocalDate lastVerified) {
        this.lastVerified = lastVerified;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
