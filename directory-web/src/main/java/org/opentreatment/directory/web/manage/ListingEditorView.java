package org.opentreatment.directory.web.manage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.opentreatment.directory.facility.Accreditation;
import org.opentreatment.directory.facility.AgeGroup;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityNotFoundException;
import org.opentreatment.directory.facility.FacilityOperation;
import org.opentreatment.directory.facility.Gender;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.LanguageService;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.Payment;
import org.opentreatment.directory.facility.PaymentAssistance;
import org.opentreatment.directory.facility.Pharmacotherapy;
import org.opentreatment.directory.facility.ServiceSetting;
import org.opentreatment.directory.facility.SpecialGroup;
import org.opentreatment.directory.facility.TreatmentApproach;
import org.opentreatment.directory.facility.TypeOfCare;
import org.opentreatment.directory.geo.Gazetteer;
import org.opentreatment.directory.geo.UsState;
import org.opentreatment.directory.management.ListingAccessRefused;
import org.opentreatment.directory.management.ListingConflict;
import org.opentreatment.directory.management.ListingDraft;
import org.opentreatment.directory.management.ListingEditor;
import org.opentreatment.directory.management.ListingRejected;

/**
 * The listing editor ({@code /manage/listing?id=12}): a draft of the listing kept with the view,
 * saved through {@link ListingEditor}, which decides who may change what. Each input's id is its
 * field's column name ({@link ListingField#column()}), so a problem the listing rules find is said
 * beside its field. A conflicting save keeps what the editor typed and lists what the other person
 * changed, with a button to make one's changes again on top of theirs.
 */
@Named("listingEditor")
@ViewScoped
public class ListingEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "listing";

    /** The day fields' ids: hours_MO, hours_TU, ... */
    static final String HOURS_PREFIX = "hours_";

    @EJB ListingEditor editor;

    // an Instance, since the gazetteer itself cannot be kept with the view
    @Inject Instance<Gazetteer> gazetteer;

    private Long id;
    private ListingDraft draft;
    // never null: the page's fields for the days are made before the listing is loaded
    private HoursForm hours = HoursForm.of(null);
    private List<VocabularyChoice> vocabularies;
    private transient List<UsState> states;
    private ListingConflict conflict;
    private boolean saved;

    @PostConstruct
    void vocabularies() {
        vocabularies =
                List.of(
                        new VocabularyChoice(ListingField.TYPES_OF_CARE, TypeOfCare.values()),
                        new VocabularyChoice(
                                ListingField.SERVICE_SETTINGS, ServiceSetting.values()),
                        new VocabularyChoice(ListingField.MEDICATIONS, Medication.values()),
                        new VocabularyChoice(
                                ListingField.PHARMACOTHERAPIES, Pharmacotherapy.values()),
                        new VocabularyChoice(
                                ListingField.TREATMENT_APPROACHES, TreatmentApproach.values()),
                        new VocabularyChoice(ListingField.PAYMENTS, Payment.values()),
                        new VocabularyChoice(
                                ListingField.PAYMENT_ASSISTANCE, PaymentAssistance.values()),
                        new VocabularyChoice(ListingField.SPECIAL_GROUPS, SpecialGroup.values()),
                        new VocabularyChoice(ListingField.AGE_GROUPS, AgeGroup.values()),
                        new VocabularyChoice(ListingField.GENDERS, Gender.values()),
                        new VocabularyChoice(ListingField.LANGUAGES, Language.values()),
                        new VocabularyChoice(
                                ListingField.LANGUAGE_SERVICES, LanguageService.values()),
                        new VocabularyChoice(ListingField.ACCREDITATIONS, Accreditation.values()));
    }

    /** The view action of the first request: a listing the caller may not change is not found. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (id == null) {
            answer(context, 404);
            return;
        }
        try {
            show(editor.load(id));
        } catch (ListingAccessRefused e) {
            answer(context, 403);
        } catch (FacilityNotFoundException e) {
            answer(context, 404);
        }
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        saved = false;
        if (!formIntoDraft(context)) {
            return;
        }
        try {
            show(editor.save(draft));
            conflict = null;
            saved = true;
        } catch (ListingConflict e) {
            // the draft keeps everything typed; the page shows what the other person changed
            conflict = e;
        } catch (ListingRejected e) {
            e.problems().forEach(problem -> say(context, problem));
            context.addMessage(null, message(context, text(context, "manage.notSaved")));
        } catch (ListingAccessRefused e) {
            answer(context, 403);
        }
    }

    /** Makes the editor's changes again on the listing as the other person saved it. */
    public void reapply() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (conflict == null || !formIntoDraft(context)) {
            return;
        }
        show(draft.reappliedOnto(conflict));
        conflict = null;
        saved = false;
        context.addMessage(null, info(text(context, "manage.reapplied")));
    }

    public String cancel() {
        return "/manage/index?faces-redirect=true";
    }

    private void show(ListingDraft shown) {
        draft = shown;
        hours = HoursForm.of(shown.edited().getOpeningHours());
        vocabularies.forEach(v -> v.readFrom(shown.edited()));
    }

    // What the form holds beside the draft (hours, checkboxes) into the draft's listing
    private boolean formIntoDraft(FacesContext context) {
        vocabularies.forEach(v -> v.writeTo(draft.edited()));
        try {
            draft.edited().setOpeningHours(hours.hours());
            return true;
        } catch (HoursForm.NotHours e) {
            for (String day : e.codes()) {
                sayAt(context, HOURS_PREFIX + day, text(context, "manage.hours.invalid"));
            }
            return false;
        }
    }

    private void say(FacesContext context, ListingProblem problem) {
        String text = problem.reason().in(context.getViewRoot().getLocale());
        if (!sayAt(context, problem.field(), text)) {
            context.addMessage(null, message(context, text));
        }
    }

    // A message beside the input of this id, marked invalid; false if the form has no such input
    private static boolean sayAt(FacesContext context, String inputId, String text) {
        UIComponent form = context.getViewRoot().findComponent(FORM);
        UIComponent input = form == null ? null : form.findComponent(inputId);
        if (input == null) {
            return false;
        }
        if (input instanceof UIInput editable) {
            editable.setValid(false);
        }
        context.addMessage(input.getClientId(context), message(context, text));
        context.validationFailed();
        return true;
    }

    private static FacesMessage message(FacesContext context, String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    private static FacesMessage info(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_INFO, text, text);
    }

    private static String text(FacesContext context, String key) {
        return FieldValues.messages(context.getViewRoot().getLocale()).getString(key);
    }

    private static void answer(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** One field someone else changed, as the conflict message lists it. */
    public record Change(String column, String value) {}

    /** What the other person changed, with the values they saved, in the page's language. */
    public List<Change> getOtherChanges() {
        if (conflict == null) {
            return List.of();
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return conflict.changedByOthers().stream()
                .map(
                        field ->
                                new Change(
                                        field.column(),
                                        FieldValues.text(field, conflict.current(), locale)))
                .toList();
    }

    public boolean isConflict() {
        return conflict != null;
    }

    public boolean isSaved() {
        return saved;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ListingDraft getDraft() {
        return draft;
    }

    public Facility getListing() {
        return draft == null ? null : draft.edited();
    }

    public HoursForm getHours() {
        return hours;
    }

    public List<VocabularyChoice> getVocabularies() {
        return vocabularies;
    }

    public ListingStatus[] getStatuses() {
        return ListingStatus.values();
    }

    public FacilityOperation[] getOperations() {
        return FacilityOperation.values();
    }

    public List<UsState> getStates() {
        if (states == null) {
            states = gazetteer.get().states().all();
        }
        return states;
    }

    public String getPhonePattern() {
        return Facility.PHONE_PATTERN;
    }

    /** The form of the text fields that have one, by the field's id (its column name). */
    private static final java.util.Map<String, java.util.regex.Pattern> FIELD_FORMS =
            java.util.Map.of(
                    "zip", java.util.regex.Pattern.compile("\\d{5}"),
                    "phone", java.util.regex.Pattern.compile(Facility.PHONE_PATTERN),
                    "intake_phone", java.util.regex.Pattern.compile(Facility.PHONE_PATTERN),
                    "hotline_phone", java.util.regex.Pattern.compile(Facility.PHONE_PATTERN),
                    "website", java.util.regex.Pattern.compile("https?://\\S+"));

    /**
     * Checks a text field's form (ZIP, phones, web address) by the field's id, with the field's own
     * message. By id rather than an f:validateRegex inside the shared include: there the include's
     * pattern parameter reached the validators of other fields, so a right ZIP code was refused
     * with a web address's pattern.
     */
    public void validateField(
            jakarta.faces.context.FacesContext context,
            jakarta.faces.component.UIComponent component,
            Object value) {
        java.util.regex.Pattern form = FIELD_FORMS.get(component.getId());
        if (form == null || value == null || value.toString().isBlank()) {
            return;
        }
        if (!form.matcher(value.toString().strip()).matches()) {
            String text = ((jakarta.faces.component.UIInput) component).getValidatorMessage();
            throw new jakarta.faces.validator.ValidatorException(
                    new jakarta.faces.application.FacesMessage(
                            jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
