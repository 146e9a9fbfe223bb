package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityNotFoundException;
import org.opentreatment.directory.management.Verification;
import org.opentreatment.directory.web.links.FacilityLinks;

/**
 * "Is this listing still accurate?" at {@code /manage/verify?id=N}: the listing's key facts and a
 * button that sets its last-verified date to today. A stateless page: the id travels in the form.
 * The service decides who may see and confirm it; a refusal reaches the page's exception handler,
 * which answers 403.
 */
@Named
@RequestScoped
public class VerifyView {

    static final String FORM = "verify";

    @EJB Verification verification;

    private Long id;
    private Facility facility;
    private boolean confirmed;
    private boolean missing;

    /** The GET: the listing, or 404 for an id that is no listing (403 if not the caller's). */
    public void load() {
        if (id == null) {
            notFound();
        } else {
            getFacility();
        }
    }

    /**
     * The listing, once the id is known. Without side effects before then: a postback asks while
     * its form is decoded, before the form's hidden id is read.
     */
    public Facility getFacility() {
        if (facility == null && id != null && !missing) {
            try {
                facility = verification.listing(id);
            } catch (FacilityNotFoundException e) {
                notFound();
            }
        }
        return facility;
    }

    public void confirm() {
        if (id == null) {
            notFound();
            return;
        }
        try {
            facility = verification.confirm(id);
            confirmed = true;
        } catch (FacilityNotFoundException e) {
            notFound();
        }
    }

    private void notFound() {
        missing = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    /** The last-verified date in the page's language, or null when it never was. */
    public String getLastVerified() {
        LocalDate verified = facility == null ? null : facility.getLastVerified();
        return verified == null
                ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .format(verified);
    }

    /** The listing's public page, where its visitors read the date. */
    public String getPublicPath() {
        return facility == null ? null : FacilityLinks.path(facility.getId(), facility.getSlug());
    }

    public boolean isVerifiedToday() {
        return facility != null && LocalDate.now().equals(facility.getLastVerified());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isMissing() {
        return missing;
    }
}
