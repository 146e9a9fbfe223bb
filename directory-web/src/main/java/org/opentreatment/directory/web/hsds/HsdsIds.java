package org.opentreatment.directory.web.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;

/**
 * The HSDS ids of everything a listing stands for, derived from its public uuid (the service's id)
 * so that they stay the same across restarts, re-imports and servers, with nothing stored.
 *
 * <p>The id of a record of kind {@code k} ("organization", "phone/intake", ...) is the listing's
 * uuid XOR a mask: the first 16 bytes of SHA-256 of {@code "opentreatment-hsds:" + k}, with the
 * version and variant bits cleared. The XOR keeps the uuid's own version and variant, so each id is
 * a valid RFC 4122 uuid, and it can be undone: {@code /organizations/{id}} finds its listing by
 * uuid without a table of derived ids. A name-based uuid ({@code UUID.nameUUIDFromBytes}) would be
 * as stable but one-way. Masks differ per kind, so one listing's ids never coincide; across
 * listings two ids coincide only if two random uuids differ by exactly the XOR of two masks.
 *
 * <p>Taxonomy and term ids are not derived from a listing: they are name-based (version 3) uuids of
 * {@code "opentreatment-hsds:taxonomy:" + name} and {@code "opentreatment-hsds:term:" + group + ":"
 * + code}.
 */
public final class HsdsIds {

    static final String PREFIX = "opentreatment-hsds:";

    private HsdsIds() {}

    /** The id of the listing's record of this kind. */
    public static UUID derive(UUID listing, String kind) {
        UUID mask = mask(kind);
        return new UUID(
                listing.getMostSignificantBits() ^ mask.getMostSignificantBits(),
                listing.getLeastSignificantBits() ^ mask.getLeastSignificantBits());
    }

    /** The uuid of the listing whose record of this kind has this id (XOR is its own inverse). */
    public static UUID listingOf(UUID derived, String kind) {
        return derive(derived, kind);
    }

    public static UUID organization(UUID listing) {
        return derive(listing, "organization");
    }

    public static UUID location(UUID listing) {
        return derive(listing, "location");
    }

    public static UUID serviceAtLocation(UUID listing) {
        return derive(listing, "service_at_location");
    }

    /** A name-based id of our own vocabulary: the taxonomy and its terms. */
    static UUID named(String name) {
        return UUID.nameUUIDFromBytes((PREFIX + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The text as a uuid, or empty when it is not one (a 404, not a 500). */
    static Optional<UUID> parse(String text) {
        // UUID.fromString accepts "1-2-3-4-5"; only the canonical form names a record here.
        if (text == null
                || !text.matches(
                        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    private static UUID mask(String kind) {
        byte[] hash;
        try {
            hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest((PREFIX + kind).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        hash[6] &= 0x0f; // version
        hash[8] &= 0x3f; // variant
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
