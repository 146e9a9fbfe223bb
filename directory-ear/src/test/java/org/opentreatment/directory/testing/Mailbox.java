package org.opentreatment.directory.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port the server under test sends its mail
 * to ({@code it.mail.port}), and the mail it received.
 */
public final class Mailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMail smtp;

    private Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Starts the SMTP server; close it after the test class. */
    public static Mailbox start() {
        GreenMail smtp =
                new GreenMail(
                        new ServerSetup(
                                Integer.getInteger("it.mail.port"),
                                "127.0.0.1",
                                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp);
    }

    /** The messages this address received so far. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equalsIgnoreCase(address))
                .toList();
    }

    /** Waits (at most 30 s) for this address's n-th message, and returns it. */
    public MimeMessage await(String address, int count) {
        org.awaitility.Awaitility.await("message " + count + " to " + address)
                .atMost(Duration.ofSeconds(30))
                .until(() -> to(address).size() >= count);
        return to(address).get(count - 1);
    }

    /** The text of a message, decoded. */
    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link in a message, as path and query (the tests' server, not the link's host). */
    public static String linkPath(MimeMessage message) {
        Matcher link = LINK.matcher(body(message));
        if (!link.find()) {
            throw new AssertionError("no link in: " + body(message));
        }
        URI uri = URI.create(link.group());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
