package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.opentreatment.directory.account.Role;
import org.opentreatment.directory.management.ClaimRefused;
import org.opentreatment.directory.management.Claims;
import org.opentreatment.directory.management.ListingClaim;

/**
 * Claims: a facility admin's own, with the decision and its reason (/manage/claims); for a site
 * admin also every claim waiting, and one claim to decide (/manage/decide?id=N): approve, or reject
 * with a reason the requester reads.
 */
@Named
@RequestScoped
public class ClaimsView {

    static final String FORM = "decide";

    @EJB Claims claims;

    private Long id;
    private String reason;
    private String decided;
    private ListingClaim claim;

    public boolean isSiteAdmin() {
        return request().isUserInRole(Role.SITE_ADMIN_GROUP);
    }

    public List<ListingClaim> getMine() {
        return claims.mine();
    }

    public List<ListingClaim> getWaiting() {
        return isSiteAdmin() ? claims.pending() : List.of();
    }

    /** The claim to decide (a site admin's page; the service refuses anyone else). */
    public ListingClaim getClaim() {
        if (claim == null && getId() != null) {
            try {
                claim = claims.get(getId());
            } catch (ClaimRefused unknown) {
                return null;
            }
        }
        return claim;
    }

    public void approve() {
        try {
            claim = claims.approve(getId());
            decided = "approved";
        } catch (ClaimRefused refused) {
            refuse(null, refused);
        }
    }

    public void reject() {
        try {
            claim = claims.reject(getId(), reason);
            decided = "rejected";
        } catch (ClaimRefused refused) {
            refuse(FORM + ":reason", refused);
        }
    }

    private static void refuse(String clientId, ClaimRefused refused) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = refused.text().in(context.getViewRoot().getLocale());
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** A day in the page's language ("Dec 3, 2026", "3 dic 2026"). */
    public String day(java.time.Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofLocalizedDate(
                                java.time.format.FormatStyle.MEDIUM)
                        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .format(instant.atZone(java.time.ZoneOffset.UTC));
    }

    public int getMaxReasonLength() {
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** "approved" or "rejected" once decided on this page, else null. */
    public String getDecided() {
        return decided;
    }
}
