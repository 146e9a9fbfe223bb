package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.management.ClaimRefused;
import org.opentreatment.directory.management.Claims;
import org.opentreatment.directory.management.ListingClaim;

/**
 * "Do you run this program?": a facility admin asks to keep a listing (/manage/claim?id=N), with a
 * note for the site admin who checks it. A stateless page: the id travels in the form.
 */
@Named
@RequestScoped
public class ClaimView {

    static final String FORM = "claim";

    @EJB FacilityService facilities;

    @EJB Claims claims;

    private Long id;
    private String note;
    private boolean sent;
    private Optional<Facility> facility;

    /** The listing asked about, if it is public. */
    public Facility getFacility() {
        if (facility == null) {
            facility = getId() == null ? Optional.empty() : facilities.find(getId());
        }
        return facility.orElse(null);
    }

    public void send() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (getFacility() == null) {
            return;
        }
        try {
            claims.claim(getId(), note);
            sent = true;
        } catch (ClaimRefused refused) {
            Locale locale = context.getViewRoot().getLocale();
            String text = refused.text().in(locale);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            context.validationFailed();
        }
    }

    public int getMaxNoteLength() {
        return ListingClaim.MAX_TEXT;
    }

    /** The claim's or listing's id, from the request ({@link RequestId}). */
    public Long getId() {
        if (id == null) {
            id = RequestId.of(FacesContext.getCurrentInstance());
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isSent() {
        return sent;
    }
}
