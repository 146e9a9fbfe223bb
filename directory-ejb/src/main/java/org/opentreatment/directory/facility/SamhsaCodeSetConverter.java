package org.opentreatment.directory.facility;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a set of vocabulary values as one column of SAMHSA codes, "BU,NU", in vocabulary order. A
 * listing's services are attributes of the listing, read and written with it and searched through
 * the index, so one column each keeps a listing one row: bulk loads and re-indexing read no
 * collection tables. Each vocabulary enum nests its subclass, named {@code SetConverter}.
 */
public abstract class SamhsaCodeSetConverter<E extends Enum<E> & SamhsaCoded>
        implements AttributeConverter<Set<E>, String> {

    static final String SEPARATOR = ",";

    private final Class<E> type;

    protected SamhsaCodeSetConverter(Class<E> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream()
                .map(SamhsaCoded::code)
                .collect(Collectors.joining(SEPARATOR));
    }

    @Override
    public Set<E> convertToEntityAttribute(String codes) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (codes == null || codes.isBlank()) {
            return values;
        }
        Arrays.stream(codes.split(SEPARATOR))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .forEach(
                        code ->
                                values.add(
                                        SamhsaCodes.fromCode(type, code)
                                                .orElseThrow(
                                                        () ->
                                                                new IllegalStateException(
                                                                        "Unknown %s code in database: '%s'"
                                                                                .formatted(
                                                                                        type
                                                                                                .getSimpleName(),
                                                                                        code)))));
        return values;
    }
}
