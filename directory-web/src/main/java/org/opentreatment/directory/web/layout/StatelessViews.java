package org.opentreatment.directory.web.layout;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Every view is stateless from the moment it is created, not only once Facelets has read the
 * layout's {@code f:view transient="true"}. PrimeFaces' CSP support keeps a page's nonce in the
 * view map of a view that is not transient yet when rendering starts, and a view map starts an HTTP
 * session: every page would then set a session cookie, which no search may do. The pages of
 * signed-in people under {@value #KEEPING_STATE} need view state (a form kept across postbacks, a
 * view-scoped bean) and are left alone; they tell the layout so too ({@code keepViewState}).
 */
public class StatelessViews extends ViewHandlerWrapper {

    /** The views under this path keep state: the pages of signed-in people. */
    public static final String KEEPING_STATE = "/manage/";

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && (viewId == null || !viewId.startsWith(KEEPING_STATE))) {
            view.setTransient(true);
        }
        return view;
    }
}
