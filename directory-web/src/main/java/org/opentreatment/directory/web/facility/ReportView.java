package org.opentreatment.directory.web.facility;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.List;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.report.ListingReport;
import org.opentreatment.directory.report.ListingReportService;
import org.opentreatment.directory.report.ReportProblem;
import org.opentreatment.directory.web.http.Throttle;

/**
 * "Report a problem with this listing", the form on a facility page: what is wrong, and optional
 * details. It asks for nothing about the person and keeps nothing about them (the client address
 * only counts against {@link ReportLimit} in memory). The page is stateless: the form posts back to
 * the facility's own address, and a report sent is confirmed on the page that answers the post.
 */
@Named
@RequestScoped
public class ReportView {

    // The form's fields, as facility.xhtml names them.
    static final String PROBLEM_FIELD = "report:problem";
    static final String DETAILS_FIELD = "report:details";

    @Inject FacilityView page;
    @Inject ReportLimit limit;
    @EJB ListingReportService reports;

    private String problem;
    private String details;
    private boolean sent;
    private String refusal;

    /**
     * The longest details, for the form. A bean property rather than f:importConstants, which
     * f:metadata evaluates on the first GET only: on the postback that answers a report, the limit
     * read as 0, and the text area came back empty.
     */
    public int getMaxDetailsLength() {
        return ListingReport.MAX_DETAILS_LENGTH;
    }

    public List<ReportProblem> getProblems() {
        return List.of(ReportProblem.values());
    }

    /**
     * The form's action. The fields are checked here rather than by Faces validators: on this
     * stateless page (Mojarra 4.0.13, PrimeFaces 15), a field that failed a validator made the page
     * render the other fields empty, losing what the person had typed; checked here, the model
     * holds what was typed and the page shows it again beside the message.
     */
    public void send() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem == null || ReportProblem.ofCode(problem).isEmpty()) {
            refuse(context, PROBLEM_FIELD, "report.problem.required");
        }
        // The text area cuts what is typed at its maxlength; this is for hand-made requests.
        if (details != null && details.length() > ListingReport.MAX_DETAILS_LENGTH) {
            refuse(context, DETAILS_FIELD, "report.details.tooLong");
        }
        if (context.isValidationFailed()) {
            return;
        }
        Facility facility = page.getFacility();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Throttle.Verdict verdict = limit.take(request.getRemoteAddr());
        if (!verdict.allowed()) {
            long minutes = (verdict.retryAfterSeconds() + 59) / 60;
            refusal = MessageFormat.format(FacilityView.message("report.limited"), minutes);
            context.getExternalContext().setResponseStatus(429);
            context.getExternalContext()
                    .setResponseHeader("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
            return;
        }
        reports.report(facility.getId(), ReportProblem.ofCode(problem).orElseThrow(), details);
        sent = true;
        problem = null;
        details = null;
    }

    private static void refuse(FacesContext context, String field, String key) {
        String text = FacilityView.message(key);
        context.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    /** Whether a report was just sent: the page then confirms it in place of the form. */
    public boolean isSent() {
        return sent;
    }

    /** Why the report was not taken (too many from this address), or null. */
    public String getRefusal() {
        return refusal;
    }
}
