package org.opentreatment.directory.facility;

import java.util.List;
import java.util.Objects;

/**
 * A value of one of the SAMHSA vocabularies. The code, not the enum constant name, is the stable
 * external key: it is what the database stores and what import and export speak, so constants can
 * be renamed freely but codes never change.
 */
public interface SamhsaCoded {

    /** What this value is called; each vocabulary enum keeps one per constant. */
    Term term();

    default String code() {
        return term().code();
    }

    /** The wording shown to people, as the locator phrases it. */
    default String label() {
        return term().label();
    }

    /**
     * Other wordings of the same value, mostly those of SAMHSA's exports (the 2019 locator, the
     * 2015 directory), so that {@link SamhsaCodes#fromLabel} can map imported text that carries
     * labels instead of codes.
     */
    default List<String> alternativeLabels() {
        return term().alternativeLabels();
    }

    /**
     * A vocabulary value's code and wordings. An enum cannot inherit fields, so each vocabulary
     * holds one of these instead of repeating the fields and accessors.
     */
    record Term(String code, String label, List<String> alternativeLabels) {

        public Term {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            alternativeLabels = List.copyOf(alternativeLabels);
        }

        public Term(String code, String label, String... alternativeLabels) {
            this(code, label, List.of(alternativeLabels));
        }
    }
}
