package org.opentreatment.directory.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.shared.Text;

/**
 * Sends the accounts' e-mails (links to verify an address, set a password) through the server's
 * mail session, in the account's language. A mail that cannot be sent is logged by the account's id
 * and the cause's class, never by address or content: the link in it opens the account.
 */
@ApplicationScoped
public class AccountMail {

    private static final Logger LOG = Logger.getLogger(AccountMail.class.getName());

    /** Where links in e-mails point when the site's public address is not set: a local start. */
    static final String LOCAL_BASE_URL = "http://localhost:8080";

    @Inject
    @ConfigProperty(name = Settings.MAIL_SESSION, defaultValue = "java:jboss/mail/Directory")
    String sessionName;

    @Inject
    @ConfigProperty(name = Settings.PUBLIC_BASE_URL)
    Optional<String> publicBaseUrl;

    /**
     * The absolute address of a page of the site in the account's language, from the configured
     * public address: never from a request, whose Host header the client chooses (a reset link
     * pointing at another host would hand it the token).
     */
    public String link(Account to, String pathAndQuery) {
        return link(
                pathAndQuery
                        + ("es".equals(to.getLanguage())
                                ? (pathAndQuery.contains("?") ? "&" : "?") + "lang=es"
                                : ""));
    }

    /** The absolute address of a page of the site (see {@link #link(Account, String)}). */
    public String link(String pathAndQuery) {
        String base =
                publicBaseUrl
                        .map(String::strip)
                        .filter(url -> !url.isEmpty())
                        .orElse(LOCAL_BASE_URL);
        return base.replaceAll("/+$", "") + pathAndQuery;
    }

    /**
     * Sends one message; the subject and body are {@code texts} keys, the body's arguments the
     * person's name and the link. Whether it went is returned, and a failure logged without the
     * address.
     */
    public boolean send(Account to, String key, Object... arguments) {
        String subject = Text.of(key + ".subject").in(to.locale());
        String body = Text.of(key + ".body", arguments).in(to.locale());
        try {
            Session session = (Session) new InitialContext().lookup(sessionName);
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.getEmail()));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
            return true;
        } catch (NamingException | MessagingException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The {0} e-mail to account {1} could not be sent ({2}); check the mail"
                            + " session {3} (docs/operations.md, Mail)",
                    new Object[] {key, to.getId(), e.getClass().getSimpleName(), sessionName});
            return false;
        }
    }
}
