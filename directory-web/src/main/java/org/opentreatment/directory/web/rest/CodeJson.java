package org.opentreatment.directory.web.rest;

import java.util.Collection;
import java.util.List;
import org.opentreatment.directory.facility.SamhsaCoded;

/** A vocabulary value as the SAMHSA locator names it: its code and its label. */
public record CodeJson(String code, String label) {

    static CodeJson of(SamhsaCoded value) {
        return value == null ? null : new CodeJson(value.code(), value.label());
    }

    static <E extends Enum<E> & SamhsaCoded> List<CodeJson> of(Collection<E> values) {
        return values.stream().sorted().map(CodeJson::of).toList();
    }
}
