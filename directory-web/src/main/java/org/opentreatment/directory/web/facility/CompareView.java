package org.opentreatment.directory.web.facility;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.web.layout.VocabularyLabels;
import org.opentreatment.directory.web.links.FacilityLinks;

/**
 * Two or three facilities side by side, at {@code /compare?id=12&id=34}: the ids live in the URL,
 * so a comparison can be bookmarked and shared like a search. Anything else in the URL (one id,
 * four, an id that is not a number or names no active listing) answers 400 or 404 with the reason.
 */
@Named
@RequestScoped
public class CompareView {

    /** The URL parameter, repeated: {@code id=12&id=34}. */
    public static final String ID = "id";

    public static final int MIN = 2;
    public static final int MAX = 3;

    /** One line of the table: what it compares and each facility's value, in column order. */
    public record Row(String label, List<String> values) {}

    @EJB FacilityService facilities;

    private final List<Facility> compared = new ArrayList<>();
    private String problem;

    /** Bound to f:viewAction. */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ResourceBundle messages = messages();
        String[] given = external.getRequestParameterValuesMap().getOrDefault(ID, new String[0]);
        Set<String> ids = new LinkedHashSet<>();
        for (String value : given) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        if (ids.size() < MIN || ids.size() > MAX) {
            refuse(external, 400, messages.getString("compare.count"));
            return;
        }
        for (String id : ids) {
            Optional<Facility> facility = find(id);
            if (facility.isEmpty()) {
                refuse(external, 404, messages.getString("compare.unknown"));
                return;
            }
            compared.add(facility.get());
        }
    }

    private Optional<Facility> find(String id) {
        if (!id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return facilities
                .find(Long.parseLong(id))
                .filter(f -> f.getStatus() == ListingStatus.ACTIVE);
    }

    private void refuse(ExternalContext external, int status, String message) {
        compared.clear();
        problem = message;
        external.setResponseStatus(status);
    }

    public String getProblem() {
        return problem;
    }

    public List<Facility> getFacilities() {
        return compared;
    }

    public String link(Facility facility) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + FacilityLinks.path(facility.getId(), facility.getSlug());
    }

    /** The table's lines below the names, in the order the locator groups services. */
    public List<Row> getRows() {
        ResourceBundle messages = messages();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String yes = messages.getString("compare.yes");
        String no = messages.getString("compare.no");
        Map<String, Function<Facility, String>> lines = new java.util.LinkedHashMap<>();
        lines.put("compare.phone", Facility::getPhone);
        lines.put(
                "compare.address",
                f ->
                        f.getAddress().getStreet1()
                                + ", "
                                + f.getAddress().getCity()
                                + ", "
                                + f.getAddress().getState()
                                + " "
                                + f.getAddress().getZip());
        lines.put("compare.accepting", f -> f.isAcceptingNewPatients() ? yes : no);
        lines.put("filter.group.medication", f -> labels(f.getMedications(), locale));
        lines.put("compare.otp", f -> f.isOpioidTreatmentProgram() ? yes : no);
        lines.put("results.badge.dualDiagnosis", f -> f.isDualDiagnosis() ? yes : no);
        lines.put("filter.group.typeOfCare", f -> labels(f.getTypesOfCare(), locale));
        lines.put("filter.group.setting", f -> labels(f.getServiceSettings(), locale));
        lines.put("filter.group.payment", f -> labels(f.getPayments(), locale));
        lines.put("filter.group.paymentAssistance", f -> labels(f.getPaymentAssistance(), locale));
        lines.put("filter.group.language", f -> labels(f.getLanguages(), locale));
        lines.put("filter.group.specialGroup", f -> labels(f.getSpecialGroups(), locale));
        lines.put("filter.group.age", f -> labels(f.getAgeGroups(), locale));
        lines.put("filter.group.gender", f -> labels(f.getGenders(), locale));
        lines.put("filter.group.approach", f -> labels(f.getTreatmentApproaches(), locale));
        lines.put(
                "compare.verified",
                f -> f.getLastVerified() == null ? no : f.getLastVerified().toString());
        List<Row> rows = new ArrayList<>();
        lines.forEach(
                (key, value) ->
                        rows.add(
                                new Row(
                                        messages.getString(key),
                                        compared.stream().map(value).toList())));
        return rows;
    }

    private static String labels(Collection<? extends SamhsaCoded> values, Locale locale) {
        return values.isEmpty()
                ? "-"
                : String.join(
                        ", ",
                        values.stream()
                                .sorted()
                                .map(v -> VocabularyLabels.label(v, locale))
                                .toList());
    }

    private static ResourceBundle messages() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }
}
