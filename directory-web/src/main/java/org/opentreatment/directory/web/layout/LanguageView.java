package org.opentreatment.directory.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The page's language as links need it: each link of the site keeps a language that a link chose
 * ({@code lang=es}), and the language switch links to this very page, with its search, in the other
 * language.
 */
@Named("language")
@RequestScoped
public class LanguageView {

    /** A language the page can be switched to, named in its own words. */
    public record Choice(String code, String name, String href) {}

    /** The page's language code, for {@code <html lang>}: "en" or "es". */
    public String getCode() {
        return locale().getLanguage();
    }

    /**
     * A path of this site ({@code /about}, {@code /?near=43215}) as a link that keeps the chosen
     * language.
     */
    public String link(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String chosen = external.getRequestParameterMap().get(PageLanguage.PARAMETER);
        String href = external.getRequestContextPath() + path;
        return PageLanguage.chosen(chosen)
                .map(l -> withLanguage(href, l.getLanguage()))
                .orElse(href);
    }

    /** The other languages, each linking to this page and its search in that language. */
    public List<Choice> getOthers() {
        Locale current = locale();
        HttpServletRequest request =
                (HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // A page reached through a forward (/facility/12-name) is linked by the address asked for.
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query =
                forwarded != null
                        ? (forwardedQuery == null ? null : forwardedQuery.toString())
                        : request.getQueryString();
        String here = query == null ? path : path + "?" + query;
        return PageLanguage.SUPPORTED.stream()
                .filter(l -> !l.getLanguage().equals(current.getLanguage()))
                .map(
                        l ->
                                new Choice(
                                        l.getLanguage(),
                                        capitalized(l.getDisplayLanguage(l), l),
                                        withLanguage(here, l.getLanguage())))
                .toList();
    }

    /**
     * The link with its {@code lang} parameter set to this language, other parameters and a
     * fragment ({@code #filters}) kept; the parameter goes before the fragment, where the server
     * sees it.
     */
    static String withLanguage(String link, String language) {
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? "" : link.substring(hash);
        String href = hash < 0 ? link : link.substring(0, hash);
        int mark = href.indexOf('?');
        String path = mark < 0 ? href : href.substring(0, mark);
        String kept =
                mark < 0
                        ? ""
                        : Arrays.stream(href.substring(mark + 1).split("&"))
                                .filter(
                                        p ->
                                                !p.isEmpty()
                                                        && !p.equals(PageLanguage.PARAMETER)
                                                        && !p.startsWith(
                                                                PageLanguage.PARAMETER + "="))
                                .collect(Collectors.joining("&"));
        String parameter = PageLanguage.PARAMETER + "=" + language;
        return path + "?" + (kept.isEmpty() ? parameter : kept + "&" + parameter) + fragment;
    }

    private static String capitalized(String name, Locale locale) {
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null
                ? context.getViewRoot().getLocale()
                : context.getApplication().getViewHandler().calculateLocale(context);
    }
}
