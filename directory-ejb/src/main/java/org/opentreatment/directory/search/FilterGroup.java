package org.opentreatment.directory.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opentreatment.directory.facility.AgeGroup;
import org.opentreatment.directory.facility.Gender;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.LanguageService;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.Payment;
import org.opentreatment.directory.facility.PaymentAssistance;
import org.opentreatment.directory.facility.Pharmacotherapy;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.facility.ServiceSetting;
import org.opentreatment.directory.facility.SpecialGroup;
import org.opentreatment.directory.facility.TreatmentApproach;
import org.opentreatment.directory.facility.TypeOfCare;

/**
 * A filter of the public search over one SAMHSA vocabulary: several values within the group combine
 * with OR ("buprenorphine or methadone"), groups with AND. Each constant names its URL parameter
 * (the same for the page and the API) and its index field, so a new group is one constant here:
 * reading, checking, searching, counting and writing it back as a link follow from it. The order of
 * the constants is the order of the filters on the page.
 */
public enum FilterGroup {
    MEDICATION("medication", "medications", Medication.class),
    TYPE_OF_CARE("typeOfCare", "typesOfCare", TypeOfCare.class),
    SETTING("setting", "serviceSettings", ServiceSetting.class),
    PAYMENT("payment", "payments", Payment.class),
    PAYMENT_ASSISTANCE("paymentAssistance", "paymentAssistance", PaymentAssistance.class),
    SPECIAL_GROUP("specialGroup", "specialGroups", SpecialGroup.class),
    AGE("age", "ageGroups", AgeGroup.class),
    GENDER("gender", "genders", Gender.class),
    LANGUAGE("language", "languages", Language.class),
    LANGUAGE_SERVICE("languageService", "languageServices", LanguageService.class),
    PHARMACOTHERAPY("pharmacotherapy", "pharmacotherapies", Pharmacotherapy.class),
    APPROACH("approach", "treatmentApproaches", TreatmentApproach.class);

    private final String parameter;
    private final String field;
    private final Class<? extends SamhsaCoded> type;
    private final List<SamhsaCoded> vocabulary;

    FilterGroup(String parameter, String field, Class<? extends SamhsaCoded> type) {
        this.parameter = parameter;
        this.field = field;
        this.type = type;
        this.vocabulary = List.of(type.getEnumConstants());
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

    /** The vocabulary's enum type, as the index field holds it. */
    Class<? extends SamhsaCoded> type() {
        return type;
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
