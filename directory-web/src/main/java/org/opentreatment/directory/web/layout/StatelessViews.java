package org.opentreatment.directory.web.layout;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Every view is stateless from the moment it is created, not only once Facelets has read the
 * layout's {@code f:view transient="true"}. PrimeFaces' CSP support keeps a page's nonce in the
 * view map of a view that is not transient yet when rendering starts, and a view map starts an HTTP
 * session: every page would then set a session cookie, which no search may do. A page that needs
 * view state (a form kept across postbacks, a view-scoped bean) must be left out here.
 */
public class StatelessViews extends ViewHandlerWrapper {

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null) {
            view.setTransient(true);
        }
        return view;
    }
}
