package org.opentreatment.directory.facility;

import jakarta.persistence.AttributeConverter;
import java.util.Objects;

/**
 * Stores a vocabulary value as its SAMHSA code, so the database survives renamed or reordered
 * constants and reads like the locator's own data. Each vocabulary enum has its auto-applied
 * subclass nested inside it.
 */
public abstract class SamhsaCodeConverter<E extends Enum<E> & SamhsaCoded>
        implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected SamhsaCodeConverter(Class<E> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        // An unknown code means the data and the vocabulary have drifted apart; guessing would
        // show a facility with services it does not offer.
        return SamhsaCodes.fromCode(type, code)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "Unknown %s code in database: '%s'"
                                                .formatted(type.getSimpleName(), code)));
    }
}
