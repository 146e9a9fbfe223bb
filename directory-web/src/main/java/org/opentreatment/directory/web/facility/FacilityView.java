package org.opentreatment.directory.web.facility;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityService;
import org.opentreatment.directory.web.search.SearchParameters;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * One facility's page, at {@code /facility/{id}/{slug}}. A link from the results carries the
 * search's parameters ({@code ?near=43215&medication=BU}): they change nothing on the page but the
 * way back to those results.
 */
@Named
@RequestScoped
public class FacilityView {

    /** The request parameter the path filter gives the listing's id in. */
    static final String ID = "id";

    @EJB private FacilityService facilities;

    private Facility facility;
    private boolean looked;

    /** The initial GET: an unknown or malformed id answers 404 with the helplines. */
    public void load() throws IOException {
        if (getFacility() == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "No facility has this address.");
            context.responseComplete();
        }
    }

    /**
     * The listing, looked up once per request: on a postback of the report form too, which the path
     * filter serves like the page itself (so before any view action could run).
     */
    public Facility getFacility() {
        if (!looked) {
            looked = true;
            String id =
                    FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestParameterMap()
                            .get(ID);
            // A database that cannot be reached is answered by PageExceptionHandler (503).
            facility = parseId(id).flatMap(facilities::find).orElse(null);
        }
        return facility;
    }

    static Optional<Long> parseId(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public List<ServiceGroups.Group> getServiceGroups() {
        return ServiceGroups.services(facility, locale());
    }

    public List<ServiceGroups.Group> getPaymentGroups() {
        return ServiceGroups.payment(facility, locale());
    }

    /** A row per day, or none when the listing gives no hours. */
    public List<WeekHours.Row> getHours() {
        return facility.getOpeningHours() == null
                ? List.of()
                : WeekHours.rows(
                        facility.getOpeningHours(),
                        locale(),
                        new WeekHours.Words(
                                message("facility.hours.closed"),
                                message("facility.hours.allDay")));
    }

    public String getDirections() {
        return Directions.to(facility.getLatitude(), facility.getLongitude());
    }

    public String getJsonLd() {
        return FacilityJsonLd.of(facility);
    }

    /** The nonce PrimeFaces gives this response's scripts, or null when CSP is off. */
    public String getNonce() {
        FacesContext context = FacesContext.getCurrentInstance();
        return PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()
                ? PrimeFacesContext.getCspState(context).getNonce()
                : null;
    }

    /**
     * The search this page was reached from, as the home page's query string ({@code
     * ?near=43215&radius=25}), or "" when it was not reached from a search. Only the search's own
     * parameters are kept.
     */
    public String getSearchQuery() {
        return SearchParameters.ofArrays(
                        FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequestParameterValuesMap())
                .toQueryString();
    }

    /** "Last verified 3 days ago (November 30, 2026)", or that it never was. */
    public String getVerifiedText() {
        LocalDate verified = facility.getLastVerified();
        if (verified == null) {
            return message("facility.verified.never");
        }
        long days = ChronoUnit.DAYS.between(verified, LocalDate.now());
        String when =
                days <= 0
                        ? message("facility.verified.today")
                        : days == 1
                                ? message("facility.verified.yesterday")
                                : MessageFormat.format(message("facility.verified.daysAgo"), days);
        return MessageFormat.format(
                message("facility.verified"),
                when,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale())
                        .format(verified));
    }

    public boolean isStale() {
        LocalDate verified = facility.getLastVerified();
        return verified == null || verified.isBefore(LocalDate.now().minusYears(1));
    }

    static String message(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.getString(key);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
