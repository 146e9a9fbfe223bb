package org.opentreatment.directory.web.manage;

import jakarta.faces.context.FacesContext;

/**
 * The {@code id} a management page is about, from the address or from the form's hidden field on
 * its post: read from the request itself, because a form's {@code rendered} condition, which needs
 * it, is asked before Faces sets view parameters on a post. Anything but digits is no id.
 */
final class RequestId {

    private RequestId() {}

    static Long of(FacesContext context) {
        String given = context.getExternalContext().getRequestParameterMap().get("id");
        return given != null && given.matches("\\d{1,18}") ? Long.valueOf(given) : null;
    }
}
