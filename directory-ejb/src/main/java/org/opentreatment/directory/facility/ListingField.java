package org.opentreatment.directory.facility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opentreatment.directory.shared.Text;

/**
 * Every field of a listing that data exchange reads and writes, with its name as a column (the
 * database's) and its text form. One definition serves the CSV layout, the comparison that tells an
 * import whether a row changes a listing, and the copy that applies it, so the three never
 * disagree. The listing's identity ({@link Facility#getUuid()}, its external reference) and what
 * the directory keeps for itself (id, slug, timestamps) are not fields here.
 *
 * <p>Text form: vocabularies as SAMHSA codes separated by {@value #VALUE_SEPARATOR} ("BU;NU"),
 * booleans {@code true}/{@code false}, dates ISO ({@code 2026-03-01}), hours as {@link
 * OpeningHours#format()} writes them, numbers as Java writes them. An empty text is the field's
 * empty value: null, an empty set, or the default of a yes/no field.
 */
public enum ListingField {
    NAME("name", text(Facility::getName, Facility::setName)),
    ALTERNATE_NAME("alternate_name", text(Facility::getAlternateName, Facility::setAlternateName)),
    STREET1(
            "street1",
            text(f -> f.getAddress().getStreet1(), (f, v) -> f.getAddress().setStreet1(v))),
    STREET2(
            "street2",
            text(f -> f.getAddress().getStreet2(), (f, v) -> f.getAddress().setStreet2(v))),
    CITY("city", text(f -> f.getAddress().getCity(), (f, v) -> f.getAddress().setCity(v))),
    STATE(
            "state",
            text(
                    f -> f.getAddress().getState(),
                    (f, v) ->
                            f.getAddress()
                                    .setState(v == null ? null : v.toUpperCase(Locale.ROOT)))),
    ZIP("zip", text(f -> f.getAddress().getZip(), (f, v) -> f.getAddress().setZip(v))),
    COUNTY("county", text(f -> f.getAddress().getCounty(), (f, v) -> f.getAddress().setCounty(v))),
    LATITUDE("latitude", number(Facility::getLatitude, Facility::setLatitude)),
    LONGITUDE("longitude", number(Facility::getLongitude, Facility::setLongitude)),
    LOCATION_APPROXIMATE(
            "location_approximate",
            yesNo(Facility::isLocationApproximate, Facility::setLocationApproximate, false)),
    PHONE("phone", text(Facility::getPhone, Facility::setPhone)),
    INTAKE_PHONE("intake_phone", text(Facility::getIntakePhone, Facility::setIntakePhone)),
    HOTLINE_PHONE("hotline_phone", text(Facility::getHotlinePhone, Facility::setHotlinePhone)),
    WEBSITE("website", text(Facility::getWebsite, Facility::setWebsite)),
    DESCRIPTION("description", text(Facility::getDescription, Facility::setDescription)),
    STATUS("status", code(ListingStatus.class, Facility::getStatus, Facility::setStatus)),
    ACCEPTING_NEW_PATIENTS(
            "accepting_new_patients",
            yesNo(Facility::isAcceptingNewPatients, Facility::setAcceptingNewPatients, true)),
    WALK_IN("walk_in", yesNo(Facility::isWalkIn, Facility::setWalkIn, false)),
    OPENING_HOURS("opening_hours", hours()),
    LAST_VERIFIED("last_verified", date(Facility::getLastVerified, Facility::setLastVerified)),
    SAMPLE("sample", yesNo(Facility::isSample, Facility::setSample, false)),
    OPERATION(
            "operation",
            code(FacilityOperation.class, Facility::getOperation, Facility::setOperation)),
    OTP(
            "otp",
            yesNo(Facility::isOpioidTreatmentProgram, Facility::setOpioidTreatmentProgram, false)),
    ACCEPTS_PRESCRIBED_MEDICATION(
            "accepts_prescribed_medication",
            yesNo(
                    Facility::isAcceptsClientsOnPrescribedMedication,
                    Facility::setAcceptsClientsOnPrescribedMedication,
                    false)),
    TYPES_OF_CARE("types_of_care", codes(TypeOfCare.class, Facility::getTypesOfCare)),
    SERVICE_SETTINGS("service_settings", codes(ServiceSetting.class, Facility::getServiceSettings)),
    MEDICATIONS("medications", codes(Medication.class, Facility::getMedications)),
    PHARMACOTHERAPIES(
            "pharmacotherapies", codes(Pharmacotherapy.class, Facility::getPharmacotherapies)),
    TREATMENT_APPROACHES(
            "treatment_approaches",
            codes(TreatmentApproach.class, Facility::getTreatmentApproaches)),
    PAYMENTS("payments", codes(Payment.class, Facility::getPayments)),
    PAYMENT_ASSISTANCE(
            "payment_assistance", codes(PaymentAssistance.class, Facility::getPaymentAssistance)),
    SPECIAL_GROUPS("special_groups", codes(SpecialGroup.class, Facility::getSpecialGroups)),
    AGE_GROUPS("age_groups", codes(AgeGroup.class, Facility::getAgeGroups)),
    GENDERS("genders", codes(Gender.class, Facility::getGenders)),
    LANGUAGE_SERVICES(
            "language_services", codes(LanguageService.class, Facility::getLanguageServices)),
    LANGUAGES("languages", codes(Language.class, Facility::getLanguages)),
    ACCREDITATIONS("accreditations", codes(Accreditation.class, Facility::getAccreditations));

    /** Between the codes of one vocabulary in a text field: "BU;NU". */
    public static final String VALUE_SEPARATOR = ";";

    private final String column;
    private final Access<?> access;

    ListingField(String column, Access<?> access) {
        this.column = column;
        this.access = access;
    }

    /** The field's name in a CSV header, the same as its database column. */
    public String column() {
        return column;
    }

    /** The field of this column name, ignoring case and surrounding whitespace. */
    public static java.util.Optional<ListingField> ofColumn(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.column.equals(wanted)).findFirst();
    }

    public Object get(Facility facility) {
        return access.get(facility);
    }

    /** The field's value as text, "" for an empty one. */
    public String format(Facility facility) {
        return access.formatOf(facility);
    }

    /**
     * Sets the field from its text form.
     *
     * @throws InvalidFieldValue if the text is not a value of this field
     */
    public void parse(Facility facility, String text) {
        access.parseInto(facility, text == null ? "" : text.strip());
    }

    /** Whether both listings hold the same value in this field. */
    public boolean sameIn(Facility a, Facility b) {
        return Objects.equals(access.get(a), access.get(b));
    }

    /** Gives {@code target} the value {@code source} holds in this field. */
    public void copy(Facility source, Facility target) {
        access.copy(source, target);
    }

    /**
     * Copies these fields from {@code source} where they differ.
     *
     * @return whether anything changed
     */
    public static boolean copyChanged(Set<ListingField> fields, Facility source, Facility target) {
        boolean changed = false;
        for (ListingField field : fields) {
            if (!field.sameIn(source, target)) {
                field.copy(source, target);
                changed = true;
            }
        }
        return changed;
    }

    /** All fields, in column order. */
    public static Set<ListingField> all() {
        return EnumSet.allOf(ListingField.class);
    }

    /**
     * A text that is not a value of the field it was given for; says why in the operator's terms.
     */
    public static final class InvalidFieldValue extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient Text reason;

        public InvalidFieldValue(Text reason) {
            super(reason.english());
            this.reason = reason;
        }

        public Text reason() {
            return reason;
        }
    }

    // How one field is read, written and spelled. The typed factories below keep the casts in one
    // place.
    private abstract static class Access<T> {

        abstract T get(Facility facility);

        abstract void set(Facility facility, T value);

        abstract String format(T value);

        abstract T parse(String text);

        final String formatOf(Facility facility) {
            T value = get(facility);
            return value == null ? "" : format(value);
        }

        final void parseInto(Facility facility, String text) {
            set(facility, parse(text));
        }

        final void copy(Facility source, Facility target) {
            set(target, get(source));
        }
    }

    private static Access<String> text(
            Function<Facility, String> get, BiConsumer<Facility, String> set) {
        return new Access<>() {
            String get(Facility f) {
                return get.apply(f);
            }

            void set(Facility f, String value) {
                set.accept(f, value == null || value.isBlank() ? null : value.strip());
            }

            String format(String value) {
                return value;
            }

            String parse(String text) {
                return text.isEmpty() ? null : text;
            }
        };
    }

    private static Access<Double> number(
            Function<Facility, Double> get, BiConsumer<Facility, Double> set) {
        return new Access<>() {
            Double get(Facility f) {
                return get.apply(f);
            }

            void set(Facility f, Double value) {
                set.accept(f, value);
            }

            String format(Double value) {
                return value.toString();
            }

            Double parse(String text) {
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    double value = Double.parseDouble(text);
                    if (Double.isFinite(value)) {
                        return value;
                    }
                } catch (NumberFormatException e) {
                    // said below
                }
                throw new InvalidFieldValue(Text.of("field.notNumber"));
            }
        };
    }

    private static Access<Boolean> yesNo(
            java.util.function.Predicate<Facility> get,
            BiConsumer<Facility, Boolean> set,
            boolean whenEmpty) {
        return new Access<>() {
            Boolean get(Facility f) {
                return get.test(f);
            }

            void set(Facility f, Boolean value) {
                set.accept(f, value);
            }

            String format(Boolean value) {
                return value.toString();
            }

            Boolean parse(String text) {
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "" -> whenEmpty;
                    case "true", "yes", "y", "1" -> true;
                    case "false", "no", "n", "0" -> false;
                    default -> throw new InvalidFieldValue(Text.of("field.notYesNo"));
                };
            }
        };
    }

    private static Access<LocalDate> date(
            Function<Facility, LocalDate> get, BiConsumer<Facility, LocalDate> set) {
        return new Access<>() {
            LocalDate get(Facility f) {
                return get.apply(f);
            }

            void set(Facility f, LocalDate value) {
                set.accept(f, value);
            }

            String format(LocalDate value) {
                return value.toString();
            }

            LocalDate parse(String text) {
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new InvalidFieldValue(Text.of("field.notDate"));
                }
            }
        };
    }

    private static Access<OpeningHours> hours() {
        return new Access<>() {
            OpeningHours get(Facility f) {
                return f.getOpeningHours();
            }

            void set(Facility f, OpeningHours value) {
                f.setOpeningHours(value);
            }

            String format(OpeningHours value) {
                return value.format();
            }

            OpeningHours parse(String text) {
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return OpeningHours.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldValue(Text.of("field.notHours"));
                }
            }
        };
    }

    private static <E extends Enum<E> & SamhsaCoded> Access<E> code(
            Class<E> type, Function<Facility, E> get, BiConsumer<Facility, E> set) {
        return new Access<>() {
            E get(Facility f) {
                return get.apply(f);
            }

            void set(Facility f, E value) {
                set.accept(f, value);
            }

            String format(E value) {
                return value.code();
            }

            E parse(String text) {
                if (text.isEmpty()) {
                    return null;
                }
                return SamhsaCodes.fromCode(type, text)
                        .orElseThrow(
                                () -> new InvalidFieldValue(unknownCodes(type, List.of(text))));
            }
        };
    }

    private static <E extends Enum<E> & SamhsaCoded> Access<Set<E>> codes(
            Class<E> type, Function<Facility, Set<E>> get) {
        return new Access<>() {
            Set<E> get(Facility f) {
                return get.apply(f);
            }

            void set(Facility f, Set<E> value) {
                Set<E> held = get.apply(f);
                held.clear();
                held.addAll(value);
            }

            String format(Set<E> value) {
                return value.isEmpty()
                        ? ""
                        : EnumSet.copyOf(value).stream()
                                .map(SamhsaCoded::code)
                                .collect(Collectors.joining(VALUE_SEPARATOR));
            }

            Set<E> parse(String text) {
                Set<E> values = EnumSet.noneOf(type);
                List<String> unknown = new java.util.ArrayList<>();
                for (String code : text.split(VALUE_SEPARATOR, -1)) {
                    if (!code.isBlank()) {
                        SamhsaCodes.fromCode(type, code)
                                .ifPresentOrElse(values::add, () -> unknown.add(code.strip()));
                    }
                }
                if (!unknown.isEmpty()) {
                    throw new InvalidFieldValue(unknownCodes(type, unknown));
                }
                return values;
            }
        };
    }

    private static Text unknownCodes(Class<? extends SamhsaCoded> type, List<String> unknown) {
        String known =
                Arrays.stream(type.getEnumConstants())
                        .map(SamhsaCoded::code)
                        .collect(Collectors.joining(", "));
        return Text.of("field.unknownCodes", String.join(", ", unknown), known);
    }
}
