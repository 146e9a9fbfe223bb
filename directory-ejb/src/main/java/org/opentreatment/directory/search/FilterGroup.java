package org.opentreatment.directory.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.SamhsaCoded;

/**
 * A filter of the public search over one SAMHSA vocabulary: several values within the group combine
 * with OR ("buprenorphine or methadone"), groups with AND. Each constant names its URL parameter
 * (the same for the page and the API) and its index field, so a new group is one constant here:
 * reading, checking, searching and writing it back as a link follow from it.
 */
public enum FilterGroup {
    MEDICATION("medication", "medications", Medication.class, "Medication for opioid use disorder");

    private final String parameter;
    private final String field;
    private final List<SamhsaCoded> vocabulary;
    private final String label;

    FilterGroup(
            String parameter, String field, Class<? extends SamhsaCoded> vocabulary, String label) {
        this.parameter = parameter;
        this.field = field;
        this.vocabulary = List.of(vocabulary.getEnumConstants());
        this.label = label;
    }

    /** The URL parameter, repeatable: {@code medication=BU&medication=MU} or {@code BU,MU}. */
    public String parameter() {
        return parameter;
    }

    /** The index field the values are matched against. */
    String field() {
        return field;
    }

    /** Every value of the group's vocabulary, in its own order. */
    public List<SamhsaCoded> vocabulary() {
        return vocabulary;
    }

    /** What the group is called on the page. */
    public String label() {
        return label;
    }

    /** The value with this SAMHSA code or constant name ("BU", "buprenorphine"), any case. */
    public Optional<SamhsaCoded> value(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        return vocabulary.stream()
                .filter(v -> v.code().equalsIgnoreCase(key) || ((Enum<?>) v).name().equals(key))
                .findFirst();
    }

    /** The group read from this URL parameter, if any. */
    public static Optional<FilterGroup> ofParameter(String parameter) {
        for (FilterGroup group : values()) {
            if (group.parameter.equals(parameter)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
