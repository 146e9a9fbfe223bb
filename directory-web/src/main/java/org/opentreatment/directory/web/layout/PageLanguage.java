package org.opentreatment.directory.web.layout;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a page: the one a link chose ({@code ?lang=es}), else the first of the browser's
 * preferred languages that the site has, else English. The choice lives in the URL, not in a cookie
 * or a session, so a shared link shows the language it was copied in and searching leaves nothing
 * behind.
 */
public class PageLanguage extends ViewHandlerWrapper {

    /** The URL parameter that chooses the language. */
    public static final String PARAMETER = "lang";

    /** The site's languages, the first the default. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, new Locale("es"));

    public PageLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return chosen(context.getExternalContext().getRequestParameterMap().get(PARAMETER))
                .orElseGet(() -> super.calculateLocale(context));
    }

    /** The supported language a {@code lang} value names ("es", "ES"), if any. */
    public static Optional<Locale> chosen(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        String code = parameter.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }
}
