package org.opentreatment.directory.web.facility;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.stream.Collectors;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.facility.SamhsaCoded;

/** One facility's page, at {@code /facility/{id}/{slug}}. */
@Named
@RequestScoped
public class FacilityView {

    @EJB private FacilityService facilities;

    private Facility facility;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String id = external.getRequestParameterMap().get("id");
        // A database that cannot be reached is answered by PageExceptionHandler (503).
        try {
            facility = id == null ? null : facilities.find(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            facility = null;
        }
        if (facility == null) {
            external.responseSendError(404, "No facility has this address.");
            context.responseComplete();
        }
    }

    public Facility getFacility() {
        return facility;
    }

    public String labels(Collection<? extends SamhsaCoded> values) {
        return values.stream().sorted().map(SamhsaCoded::label).collect(Collectors.joining(", "));
    }

    /**
     * "Verified 3 days ago", or a warning when the listing has not been checked for over a year.
     */
    public String verifiedText() {
        LocalDate verified = facility.getLastVerified();
        if (verified == null) {
            return "Never verified";
        }
        long days = ChronoUnit.DAYS.between(verified, LocalDate.now());
        String when = days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
        return "Last verified " + when + " (" + verified + ")";
    }

    public boolean isStale() {
        LocalDate verified = facility.getLastVerified();
        return verified == null || verified.isBefore(LocalDate.now().minusYears(1));
    }
}
