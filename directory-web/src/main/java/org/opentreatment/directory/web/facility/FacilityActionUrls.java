package org.opentreatment.directory.web.facility;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.opentreatment.directory.web.layout.PageLanguage;
import org.opentreatment.directory.web.search.SearchParameters;

/**
 * A form on a facility page posts back to the address the page was asked by ({@code
 * /facility/12/name?near=43215}), not to {@code /facility.xhtml}, which the path filter's forward
 * hides: so the postback reaches the same listing through the same filter, keeps the search to go
 * back to and the page's language, and its answer has the page's own address. Only the search's
 * parameters and the language are carried over, never anything else a link brought along.
 */
public class FacilityActionUrls extends ViewHandlerWrapper {

    static final String VIEW = "/facility.xhtml";

    public FacilityActionUrls(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (VIEW.equals(viewId)
                && context.getExternalContext().getRequest() instanceof HttpServletRequest request
                && request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI)
                        instanceof String asked) {
            String search = SearchParameters.ofArrays(request.getParameterMap()).toQueryString();
            String language =
                    PageLanguage.chosen(request.getParameter(PageLanguage.PARAMETER))
                            .map(l -> PageLanguage.PARAMETER + "=" + l.getLanguage())
                            .orElse("");
            return asked
                    + search
                    + (language.isEmpty() ? "" : (search.isEmpty() ? "?" : "&") + language);
        }
        return super.getActionURL(context, viewId);
    }
}
