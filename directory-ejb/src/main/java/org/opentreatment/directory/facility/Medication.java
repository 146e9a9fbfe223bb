package org.opentreatment.directory.facility;

import java.util.List;

/**
 * Medication for opioid use disorder (MOUD) a facility offers, as coded by SAMHSA's locator; the
 * finer-grained formulations are in {@link Pharmacotherapy}.
 */
public enum Medication implements SamhsaCoded {
    METHADONE("MU", "Methadone", "Methadone used in treatment"),
    BUPRENORPHINE(
            "BU",
            "Buprenorphine",
            "Buprenorphine used in treatment",
            "Prescribes/administers buprenorphine"),
    // NU is naltrexone (which blocks opioids), not naloxone (which reverses an overdose).
    NALTREXONE(
            "NU",
            "Naltrexone",
            "Naltrexone used in treatment",
            "Prescribes/administers naltrexone");

    private final Term term;

    Medication(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    /**
     * US brand names, because people search for "Suboxone" or "Vivitrol" rather than the generic
     * name; includes discontinued brands that people still know.
     */
    public List<String> brandNames() {
        return switch (this) {
            case METHADONE -> List.of("Dolophine", "Methadose");
            case BUPRENORPHINE ->
                    List.of(
                            "Suboxone",
                            "Subutex",
                            "Sublocade",
                            "Zubsolv",
                            "Brixadi",
                            "Bunavail",
                            "Probuphine");
            case NALTREXONE -> List.of("Vivitrol", "Revia");
        };
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<Medication> {}
}
