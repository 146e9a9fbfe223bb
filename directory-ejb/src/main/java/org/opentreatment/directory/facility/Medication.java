package org.opentreatment.directory.facility;

import java.util.List;

/**
 * Medication for opioid use disorder (MOUD) a facility offers, as coded by SAMHSA's locator; the
 * finer-grained formulations are in {@link Pharmacotherapy}.
 */
public enum Medication implements SamhsaCoded {
    // The locator's services that use a medication name it too: maintenance, tapering ("for
    // predetermined time"), the 2015 directory's detoxification, relapse prevention.
    METHADONE(
            "MU",
            "Methadone",
            "Methadone used in treatment",
            "Methadone maintenance",
            "Methadone maintenance for predetermined time",
            "Methadone detoxification"),
    BUPRENORPHINE(
            "BU",
            "Buprenorphine",
            "Buprenorphine used in treatment",
            "Prescribes/administers buprenorphine",
            "Buprenorphine maintenance",
            "Buprenorphine maintenance for predetermined time"),
    // NU is naltrexone (which blocks opioids), not naloxone (which reverses an overdose).
    NALTREXONE(
            "NU",
            "Naltrexone",
            "Naltrexone used in treatment",
            "Prescribes/administers naltrexone",
            "Relapse prevention from naltrexone");

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
