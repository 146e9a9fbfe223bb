package org.opentreatment.directory.web.manage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.opentreatment.directory.management.ReminderRun;
import org.opentreatment.directory.management.StalePage;
import org.opentreatment.directory.management.Staleness;
import org.opentreatment.directory.management.Tally;

/**
 * Stale listings, for site admins ({@code /manage/stale?page=N&state=OH}): a page of 50 oldest
 * first, filtered by state, with whether someone keeps each; and "send reminders now". A stateless
 * page: the page and the state travel in the address, and in the reminders' form. The services
 * refuse anyone but a site admin (403).
 */
@Named
@RequestScoped
public class StaleView {

    static final int MAX_PAGE = 100_000;

    @EJB Staleness staleness;

    private int page = 1;
    private String state;
    private StalePage listings;
    private List<Tally> states;
    private ReminderRun run;

    @PostConstruct
    void readParameters() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        page = page(parameters.get("page"));
        state = state(parameters.get("state"));
    }

    /** A page number from 1; anything else is the first page. */
    static int page(String parameter) {
        if (parameter == null || !parameter.strip().matches("\\d{1,6}")) {
            return 1;
        }
        int number = Integer.parseInt(parameter.strip());
        return number < 1 || number > MAX_PAGE ? 1 : number;
    }

    /** A USPS state code, upper case; anything else is every state. */
    static String state(String parameter) {
        if (parameter == null) {
            return null;
        }
        String code = parameter.strip().toUpperCase(java.util.Locale.ROOT);
        return code.matches("[A-Z]{2}") ? code : null;
    }

    /** The GET: refused (403) before anything renders unless the caller is a site admin. */
    public void load() {
        getListings();
    }

    public StalePage getListings() {
        if (listings == null) {
            listings = staleness.page(state, page);
        }
        return listings;
    }

    public List<Tally> getStates() {
        if (states == null) {
            states = staleness.states();
        }
        return states;
    }

    public void remind() {
        run = staleness.sendRemindersNow();
    }

    /** The address of another page of this list, with the state chosen. */
    public String pageLink(int number) {
        return "/manage/stale?page=" + number + (state == null ? "" : "&state=" + state);
    }

    /** A day in the page's language ("Dec 3, 2026"), or null for none. */
    public String day(LocalDate day) {
        return day == null
                ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .format(day);
    }

    public int getPage() {
        return page;
    }

    public String getState() {
        return state;
    }

    public ReminderRun getRun() {
        return run;
    }
}
