package org.opentreatment.directory.facility;

import jakarta.persistence.AttributeConverter;
import java.lang.reflect.ParameterizedType;

/**
 * Stores a vocabulary value as its SAMHSA code, so the database survives renamed or reordered
 * constants and reads like the locator's own data. A vocabulary that an entity holds as a single
 * value nests an auto-applied subclass that only names it: {@code class Converter extends
 * SamhsaCodeConverter<ListingStatus> {}}.
 */
public abstract class SamhsaCodeConverter<E extends Enum<E> & SamhsaCoded>
        implements AttributeConverter<E, String> {

    private final Class<E> type = vocabularyOf(getClass(), SamhsaCodeConverter.class);

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : read(type, code);
    }

    /**
     * The constant a stored code stands for. An unknown code means the data and the vocabulary have
     * drifted apart; guessing would show a facility with services it does not offer.
     */
    static <E extends Enum<E> & SamhsaCoded> E read(Class<E> type, String code) {
        return SamhsaCodes.fromCode(type, code)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "Unknown %s code in database: '%s'"
                                                .formatted(type.getSimpleName(), code)));
    }

    /**
     * The vocabulary that a converter class names as the type argument of {@code base}. JPA
     * instantiates converters by their no-argument constructor, so this is how one generic
     * converter learns which enum it stores. The walk goes up because a container may instantiate a
     * subclass of the converter that JPA was given.
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E> & SamhsaCoded> Class<E> vocabularyOf(
            Class<?> converter, Class<?> base) {
        for (Class<?> c = converter; c != null && c != base; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType superclass
                    && superclass.getRawType() == base
                    && superclass.getActualTypeArguments()[0] instanceof Class<?> vocabulary) {
                return (Class<E>) vocabulary;
            }
        }
        throw new IllegalStateException(
                "%s must name its vocabulary, as in: extends %s<Gender>"
                        .formatted(converter.getName(), base.getSimpleName()));
    }
}
