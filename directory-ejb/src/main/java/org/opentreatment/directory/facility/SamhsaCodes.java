package org.opentreatment.directory.facility;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Lookups of {@link SamhsaCoded} enum constants by code and by label. */
public final class SamhsaCodes {

    /** Every vocabulary of the model, in the order the locator lists its service groups. */
    public static final List<Class<? extends SamhsaCoded>> VOCABULARIES =
            List.of(
                    TypeOfCare.class,
                    ServiceSetting.class,
                    Medication.class,
                    Pharmacotherapy.class,
                    TreatmentApproach.class,
                    Payment.class,
                    PaymentAssistance.class,
                    SpecialGroup.class,
                    AgeGroup.class,
                    Gender.class,
                    LanguageService.class,
                    Language.class,
                    FacilityOperation.class,
                    Accreditation.class,
                    ListingStatus.class);

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");
    // The mark belongs to the word before it, whether or not someone typed a space.
    private static final Pattern REGISTERED_MARK = Pattern.compile("[\\s\\u00A0]*\u00AE");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!?]+$");
    // Separators that exports write with or without spaces, or leave out: "Short-term" and "Short
    // term", "methadone / buprenorphine", "Military insurance (e.g., TRICARE)" and "(eg TRICARE)".
    private static final Pattern SEPARATORS = Pattern.compile("[/,;:!?\\-\u2010-\u2015]");
    // Abbreviations lose their stops and apostrophes go, so "U.S." is "US" and "e.g." is "eg".
    private static final Pattern DROPPED = Pattern.compile("['\u2019`.]");
    // Parentheses stay significant ("Naltrexone (oral)" is not "Naltrexone oral"), their spacing
    // not.
    private static final Pattern OPENING_PARENTHESIS =
            Pattern.compile("[\\s\u00A0]*\\([\\s\u00A0]*");
    private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("[\\s\u00A0]*\\)");

    // Built once per enum class on first use; ClassValue lets the maps go away with the class.
    private static final ClassValue<Index<?>> INDEXES =
            new ClassValue<>() {
                @Override
                protected Index<?> computeValue(Class<?> type) {
                    return Index.build(type);
                }
            };

    private SamhsaCodes() {}

    /** The constant with this code, ignoring case and surrounding whitespace. */
    public static <E extends Enum<E> & SamhsaCoded> Optional<E> fromCode(
            Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(index(type).byCode.get(codeKey(code)));
    }

    /**
     * The constant whose label or one of whose alternative labels matches, as compared by {@link
     * #labelKey}, because imported text is typed by people: the locator itself writes
     * "Buprenorphine with naloxone (Suboxone®)" with two spaces before the parenthesis.
     */
    public static <E extends Enum<E> & SamhsaCoded> Optional<E> fromLabel(
            Class<E> type, String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = labelKey(label);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(index(type).byLabel.get(key));
    }

    /**
     * The constants with these codes. Blank entries are skipped, since split import fields often
     * end with a separator; any unknown code fails the whole call, naming every unknown code at
     * once so that a bad import row can be fixed in one pass.
     *
     * @throws IllegalArgumentException if any code is unknown
     */
    public static <E extends Enum<E> & SamhsaCoded> Set<E> parseCodes(
            Class<E> type, Collection<String> codes) {
        Objects.requireNonNull(codes, "codes");
        Set<E> result = EnumSet.noneOf(type);
        Set<String> unknown = new LinkedHashSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            fromCode(type, code).ifPresentOrElse(result::add, () -> unknown.add(code.strip()));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "Unknown " + type.getSimpleName() + " code(s): " + String.join(", ", unknown));
        }
        return result;
    }

    private static String codeKey(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The form in which labels are compared: lower case; registered-trademark signs and apostrophes
     * dropped; slashes, hyphens and dashes, commas, full stops and other punctuation read as
     * spaces; runs of whitespace as one space; spacing around parentheses made regular; trimmed.
     * Words and parentheses count, so "Naltrexone (oral)" and "Naltrexone oral" stay apart. Also
     * for other wordings that imports must recognise, such as the names of a locator's service
     * groups.
     */
    public static String labelKey(String label) {
        String key = REGISTERED_MARK.matcher(label).replaceAll("");
        key = DROPPED.matcher(key).replaceAll("");
        key = SEPARATORS.matcher(key).replaceAll(" ");
        key = OPENING_PARENTHESIS.matcher(key).replaceAll(" (");
        key = CLOSING_PARENTHESIS.matcher(key).replaceAll(")");
        key = WHITESPACE_RUN.matcher(key).replaceAll(" ");
        key = TRAILING_PUNCTUATION.matcher(key).replaceAll("");
        return key.strip().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E> & SamhsaCoded> Index<E> index(Class<E> type) {
        return (Index<E>) INDEXES.get(Objects.requireNonNull(type, "type"));
    }

    private static final class Index<E> {
        final Map<String, E> byCode = new HashMap<>();
        final Map<String, E> byLabel = new HashMap<>();

        // Clashes are programming errors in the enums, so they fail on first use rather than
        // letting one constant silently shadow another during an import.
        static Index<?> build(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            if (constants == null || !SamhsaCoded.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(type + " is not a SamhsaCoded enum");
            }
            Index<Object> index = new Index<>();
            for (Object constant : constants) {
                SamhsaCoded coded = (SamhsaCoded) constant;
                index.put(index.byCode, codeKey(coded.code()), constant, "code", type);
                index.put(index.byLabel, labelKey(coded.label()), constant, "label", type);
                for (String alternative : coded.alternativeLabels()) {
                    index.put(index.byLabel, labelKey(alternative), constant, "label", type);
                }
            }
            return index;
        }

        private void put(Map<String, E> map, String key, E constant, String what, Class<?> type) {
            E previous = map.putIfAbsent(key, constant);
            if (previous != null && previous != constant) {
                throw new IllegalStateException(
                        "%s %s '%s' is used by both %s and %s"
                                .formatted(type.getSimpleName(), what, key, previous, constant));
            }
        }
    }
}
