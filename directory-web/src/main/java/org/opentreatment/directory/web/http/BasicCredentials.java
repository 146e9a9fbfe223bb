package org.opentreatment.directory.web.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The account that an {@code Authorization: Basic} header names, read as what it is: text that the
 * client chose. Anything else than a well-formed Basic header names no account; nothing here
 * throws, whatever the header holds.
 */
public final class BasicCredentials {

    private static final String SCHEME = "Basic ";

    private BasicCredentials() {}

    /**
     * The user name before the first colon of the decoded credentials; empty for no header, another
     * scheme, text that is not base 64, no colon or an empty name. Bytes that are not UTF-8 become
     * U+FFFD rather than an error.
     */
    public static Optional<String> account(String authorization) {
        return credentials(authorization).map(Given::account);
    }

    /** A well-formed Basic header's account and password. */
    public record Given(String account, char[] password) {}

    /**
     * The account and password of a well-formed Basic header (name before the first colon, not
     * empty); empty for anything else. Bytes that are not UTF-8 become U+FFFD rather than an error.
     */
    public static Optional<Given> credentials(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String header = authorization.strip();
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(SCHEME.length()).strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String credentials = new String(decoded, StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon > 0
                ? Optional.of(
                        new Given(
                                credentials.substring(0, colon),
                                credentials.substring(colon + 1).toCharArray()))
                : Optional.empty();
    }
}
