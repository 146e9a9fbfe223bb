package org.opentreatment.directory.web.manage;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalLong;
import org.opentreatment.directory.shared.Text;

/**
 * What the site admins' pages say: the bundle's strings, messages, times, in the page's language.
 */
final class Messages {

    private Messages() {}

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, locale()).format(arguments);
    }

    static String text(Text text) {
        return text.in(locale());
    }

    /** A message for the whole page (or beside a field, by client id). */
    static void say(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** When, in the page's language and the server's time zone ("Dec 3, 2026, 2:15:00 PM"). */
    static String when(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .withZone(ZoneId.systemDefault())
                        .format(instant);
    }

    static OptionalLong parse(String id) {
        try {
            return id == null || id.isBlank()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
