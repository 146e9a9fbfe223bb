package org.opentreatment.directory.web.facility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.LanguageService;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.web.layout.VocabularyLabels;

/**
 * A listing's services in the groups and the order of SAMHSA's locator, each value labelled in the
 * page's language. Groups the listing says nothing about are left out.
 */
public final class ServiceGroups {

    /**
     * One group: {@code key} names it in the messages ({@code facility.group.<key>}) and in the
     * page ({@code id="group-<key>"}).
     */
    public record Group(String key, List<String> labels) {}

    public static final String TYPE_OF_CARE = "typeOfCare";
    public static final String SERVICE_SETTING = "serviceSetting";
    public static final String MEDICATIONS = "medications";
    public static final String PHARMACOTHERAPIES = "pharmacotherapies";
    public static final String APPROACHES = "approaches";
    public static final String PAYMENT = "payment";
    public static final String PAYMENT_ASSISTANCE = "paymentAssistance";
    public static final String SPECIAL_GROUPS = "specialGroups";
    public static final String AGES = "ages";
    public static final String GENDERS = "genders";
    public static final String LANGUAGES = "languages";
    public static final String ACCREDITATIONS = "accreditations";

    private ServiceGroups() {}

    /** What the facility offers, payment excepted (the page shows payment beside the phone). */
    public static List<Group> services(Facility f, Locale locale) {
        List<Group> groups = new ArrayList<>();
        add(groups, TYPE_OF_CARE, labels(f.getTypesOfCare(), locale));
        add(groups, SERVICE_SETTING, labels(f.getServiceSettings(), locale));
        add(groups, MEDICATIONS, labels(f.getMedications(), locale));
        add(groups, PHARMACOTHERAPIES, labels(f.getPharmacotherapies(), locale));
        add(groups, APPROACHES, labels(f.getTreatmentApproaches(), locale));
        add(groups, SPECIAL_GROUPS, labels(f.getSpecialGroups(), locale));
        add(groups, AGES, labels(f.getAgeGroups(), locale));
        add(groups, GENDERS, labels(f.getGenders(), locale));
        add(groups, LANGUAGES, languages(f, locale));
        add(groups, ACCREDITATIONS, labels(f.getAccreditations(), locale));
        return groups;
    }

    /** Payment accepted, then payment assistance. */
    public static List<Group> payment(Facility f, Locale locale) {
        List<Group> groups = new ArrayList<>();
        add(groups, PAYMENT, labels(f.getPayments(), locale));
        add(groups, PAYMENT_ASSISTANCE, labels(f.getPaymentAssistance(), locale));
        return groups;
    }

    /**
     * The language services, then the languages, each label once: SAMHSA codes Spanish both as a
     * language service and as a language (both SP), and a listing often has both.
     */
    static List<String> languages(Facility f, Locale locale) {
        Set<String> labels = new LinkedHashSet<>(labels(f.getLanguageServices(), locale));
        boolean spanishService = f.getLanguageServices().contains(LanguageService.SPANISH);
        f.getLanguages().stream()
                .filter(l -> !(spanishService && l == Language.SPANISH))
                .map(l -> VocabularyLabels.label(l, locale))
                .forEach(labels::add);
        return List.copyOf(labels);
    }

    private static List<String> labels(Collection<? extends SamhsaCoded> values, Locale locale) {
        // Enum sets iterate in declaration order, the vocabulary's own.
        return values.stream().map(v -> VocabularyLabels.label(v, locale)).toList();
    }

    private static void add(List<Group> groups, String key, List<String> labels) {
        if (!labels.isEmpty()) {
            groups.add(new Group(key, labels));
        }
    }
}
