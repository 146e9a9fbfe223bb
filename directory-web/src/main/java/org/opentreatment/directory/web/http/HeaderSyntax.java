package org.opentreatment.directory.web.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Whether {@code Accept}, {@code Content-Type} and {@code Authorization} headers are what HTTP says
 * they are (RFC 9110: media types and media ranges; RFC 7617: Basic credentials), so that a garbled
 * one is refused as the client's mistake before it reaches a parser that would fail on it with a
 * server error.
 */
final class HeaderSyntax {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\\\r\\n]|\\\\[^\\r\\n])*\"";
    private static final String PARAMETER = TOKEN + "=(?:" + TOKEN + "|" + QUOTED + ")";
    private static final String TYPE =
            TOKEN + "/" + TOKEN + "(?:[ \\t]*;[ \\t]*" + PARAMETER + ")*";

    private static final Pattern MEDIA_TYPE = Pattern.compile(TYPE);
    private static final Pattern MEDIA_RANGES =
            Pattern.compile("[ \\t]*" + TYPE + "(?:[ \\t]*,[ \\t]*" + TYPE + ")*[ \\t]*");

    // A weight, where one is given: 0 to 1 with at most three decimals.
    private static final Pattern WEIGHT = Pattern.compile("(?i);[ \\t]*q=([^;,]*)");
    private static final Pattern VALID_WEIGHT =
            Pattern.compile("0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?");

    /** Headers longer than this are not media types anyone sends; refusing them bounds the work. */
    static final int MAX_LENGTH = 1_000;

    private HeaderSyntax() {}

    // HTTP Basic's credential is base 64; other schemes are left to whoever knows them.
    private static final Pattern BASIC = Pattern.compile("(?i)basic(?:[ \t].*)?");
    private static final Pattern BASIC_CREDENTIAL =
            Pattern.compile("(?i)basic +[A-Za-z0-9+/]+={0,2} *");

    /** Whether an {@code Authorization} header can be read: not a garbled Basic credential. */
    static boolean isAuthorization(String value) {
        if (value.length() > MAX_LENGTH || value.equalsIgnoreCase("malformed")) {
            return false;
        }
        return !BASIC.matcher(value).matches() || BASIC_CREDENTIAL.matcher(value).matches();
    }

    private static final Pattern CHARSET = Pattern.compile("(?i);[ \\t]*charset=\"?([^\";]*)\"?");

    static boolean isContentType(String value) {
        if (value.length() > MAX_LENGTH || !MEDIA_TYPE.matcher(value.strip()).matches()) {
            return false;
        }
        // The server decodes a form in the charset given: one it does not know fails there.
        var charset = CHARSET.matcher(value);
        while (charset.find()) {
            if (!isKnownCharset(charset.group(1).strip())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKnownCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** Whether a date header ({@code If-Modified-Since} and the like) is an HTTP date. */
    static boolean isDate(String value) {
        try {
            DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isAccept(String value) {
        if (value.length() > MAX_LENGTH || !MEDIA_RANGES.matcher(value).matches()) {
            return false;
        }
        var weights = WEIGHT.matcher(value);
        while (weights.find()) {
            if (!VALID_WEIGHT.matcher(weights.group(1).strip()).matches()) {
                return false;
            }
        }
        return true;
    }
}
