package org.opentreatment.directory.facility;

import java.util.List;

/**
 * A value of one of the SAMHSA vocabularies. The code, not the enum constant name, is the stable
 * external key: it is what the database stores and what import and export speak, so constants can
 * be renamed freely but codes never change.
 */
public interface SamhsaCoded {

    String code();

    /** The wording shown to people, as the locator phrases it. */
    String label();

    /**
     * Other wordings of the same value, mostly those of SAMHSA's exports (the 2019 locator, the
     * 2015 directory), so that {@link SamhsaCodes#fromLabel} can map imported text that carries
     * labels instead of codes.
     */
    default List<String> alternativeLabels() {
        return List.of();
    }
}
