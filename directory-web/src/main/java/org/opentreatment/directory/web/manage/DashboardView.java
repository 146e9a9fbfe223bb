package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.opentreatment.directory.management.Dashboard;
import org.opentreatment.directory.management.DeskSummary;
import org.opentreatment.directory.management.RecentChange;
import org.opentreatment.directory.management.Tally;

/**
 * The site admins' dashboard ({@code /manage/dashboard}): listings by status and by state (a table
 * and a chart of the same numbers), stale listings, open reports, waiting claims, the latest
 * changes. The service refuses anyone but a site admin (403). The chart is PrimeFaces' own
 * Chart.js, configured with JSON; its numbers are in the table beside it for whoever cannot see it.
 */
@Named
@RequestScoped
public class DashboardView {

    /** The bars' colour: the site's accent (--accent), above 3:1 against the white page. */
    static final String BAR_COLOUR = "#0b5cad";

    @EJB Dashboard dashboard;

    private DeskSummary summary;

    /** The GET: refused (403) before anything renders unless the caller is a site admin. */
    public void load() {
        getSummary();
    }

    public DeskSummary getSummary() {
        if (summary == null) {
            summary = dashboard.summary();
        }
        return summary;
    }

    /** The chart of the top states, as Chart.js reads it. */
    public String getStatesChart() {
        return barChart(getSummary().topStates(), message("dashboard.chart.dataset"));
    }

    /** A bar chart of these counts, in Chart.js's configuration. */
    static String barChart(List<Tally> tallies, String datasetLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        tallies.forEach(
                tally -> {
                    labels.add(tally.key());
                    counts.add(tally.count());
                });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(
                                                        Json.createObjectBuilder()
                                                                .add("label", datasetLabel)
                                                                .add("data", counts)
                                                                .add(
                                                                        "backgroundColor",
                                                                        BAR_COLOUR))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true))))
                .build()
                .toString();
    }

    /** A status's name in the page's language. */
    public String status(Tally tally) {
        return message("dashboard.status." + tally.key());
    }

    public String when(RecentChange change) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale())
                .withZone(ZoneId.systemDefault())
                .format(change.at());
    }

    /** Who made the change: the account's name and number, else what made it. */
    public String who(RecentChange change) {
        if (change.accountId() != null) {
            return MessageFormat.format(
                    message("dashboard.who.account"),
                    change.accountName() == null ? "" : change.accountName(),
                    String.valueOf(change.accountId()));
        }
        return message("history.source." + change.source().name());
    }

    public String kind(RecentChange change) {
        return message("dashboard.kind." + change.kind());
    }

    private static String message(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.getString(key);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
