package org.opentreatment.directory.facility;

import jakarta.persistence.AttributeConverter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a set of vocabulary values as one column of SAMHSA codes, "BU,NU", in vocabulary order. A
 * listing's services are attributes of the listing, read and written with it and searched through
 * the index, so one column each keeps a listing one row: bulk loads and re-indexing read no
 * collection tables. Each vocabulary enum nests a subclass that only names it, {@code class
 * SetConverter extends SamhsaCodeSetConverter<Gender> {}}, because JPA needs one concrete converter
 * class per attribute type.
 */
public abstract class SamhsaCodeSetConverter<E extends Enum<E> & SamhsaCoded>
        implements AttributeConverter<Set<E>, String> {

    static final String SEPARATOR = ",";

    private final Class<E> type =
            SamhsaCodeConverter.vocabularyOf(getClass(), SamhsaCodeSetConverter.class);

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
        if (codes == null) {
            return values;
        }
        for (String code : codes.split(SEPARATOR)) {
            if (!code.isBlank()) {
                values.add(SamhsaCodeConverter.read(type, code.strip()));
            }
        }
        return values;
    }
}
