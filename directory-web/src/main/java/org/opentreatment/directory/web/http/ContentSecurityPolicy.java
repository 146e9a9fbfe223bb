package org.opentreatment.directory.web.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory's Content-Security-Policy: a page may load scripts, styles, images, fonts and
 * connections from the site itself only, never from another host, and may not be framed. A page's
 * own inline scripts (PrimeFaces writes its widgets' set-up inline) run only with the nonce that
 * PrimeFaces gives them for that response; every other response gets the policy without one.
 */
final class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    /**
     * For every response: the same text is in the server's configuration (configure-directory.cli)
     * for the answers the application never sees. The one inline style allowed, by its hash, is the
     * {@code style="max-height:200px"} that PrimeFaces writes into a select menu's list, and the
     * {@code style="display: none;"} of the empty element that stands for a p:poll (the site
     * admins' progress pages); {@code data:} images are PrimeFaces' own, in its CSS.
     */
    static final String WITHOUT_NONCE =
            "default-src 'self'; style-src 'self' 'unsafe-hashes'"
                    + " 'sha256-7uk35RWzXWCplJn/WE/I9GwTiTp6VCsfJTzKz3qvs3A='"
                    + " 'sha256-biLFinpqYMtWHmXfkA1BPeCY0/fNt46SAZ+BBk5YUog='; img-src 'self' data:;"
                    + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Where a form posted back brings its page's nonce (PrimeFaces' script adds the field). */
    static final String NONCE_PARAMETER = "primefaces.nonce";

    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/_=-]+'");

    private ContentSecurityPolicy() {}

    /**
     * The policy for a response whose scripts PrimeFaces marked with a nonce: the nonce is taken
     * from the policy PrimeFaces would send ({@code script-src 'self' 'nonce-...';}) and added to
     * ours, so the response carries one policy, not two that the browser would both enforce.
     */
    static String withNonceOf(String primeFacesPolicy) {
        Matcher nonce = NONCE.matcher(primeFacesPolicy);
        return nonce.find()
                ? WITHOUT_NONCE + "; script-src 'self' " + nonce.group()
                : WITHOUT_NONCE;
    }

    /** Whether PrimeFaces takes this as a nonce: Base64 of a UUID, as it makes them. */
    static boolean isNonce(String value) {
        if (value == null) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String newNonce() {
        return Base64.getEncoder()
                .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }
}
