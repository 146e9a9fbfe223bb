package org.opentreatment.directory.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.opentreatment.directory.account.AccountProblem;
import org.opentreatment.directory.shared.Text;
import org.opentreatment.directory.web.layout.PageLanguage;

/**
 * What the account pages share: messages in the page's language beside the field they are about (or
 * at the top of the form), and redirects that keep the page's language. The pages are stateless
 * like the public ones: fields are checked in the action, so what was typed stays in the model and
 * shows again beside the message.
 */
final class Forms {

    private Forms() {}

    static String message(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /** An error beside a field ({@code form:field}), or for the whole form with a null id. */
    static void refuse(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    static void refuse(String form, AccountProblem problem) {
        refuse(problem.field() == null ? null : form + ":" + problem.field(), say(problem.text()));
    }

    static String say(Text text) {
        return text.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static void refuseKey(String clientId, String key, Object... arguments) {
        refuse(clientId, message(key, arguments));
    }

    static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** The page's language code, as the site's links carry it ("en" or "es"). */
    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** Redirects to a path of this site, keeping the page's language in the address. */
    static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target = external.getRequestContextPath() + path;
        if ("es".equals(language())) {
            target += (path.contains("?") ? "&" : "?") + PageLanguage.PARAMETER + "=es";
        }
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
