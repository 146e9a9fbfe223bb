package org.opentreatment.directory.facility;

/**
 * Pharmacotherapy a facility offers, as listed by SAMHSA's locator. NXN (oral naltrexone) and VTRL
 * (injectable naltrexone) are SAMHSA's own codes from its 2015 directory; the others are not in
 * that codes file and are the project's own: BWN, BWON, BERI, BSDM, METH, LFXD, CLND, ACM, DSF and
 * MPD. Like every code they are stored data and must never change.
 */
public enum Pharmacotherapy implements SamhsaCoded {
    BUPRENORPHINE_WITH_NALOXONE(
            "BWN",
            Medication.BUPRENORPHINE,
            "Buprenorphine with naloxone",
            "Buprenorphine with naloxone (Suboxone®)"),
    BUPRENORPHINE_WITHOUT_NALOXONE(
            "BWON", Medication.BUPRENORPHINE, "Buprenorphine without naloxone"),
    BUPRENORPHINE_EXTENDED_RELEASE(
            "BERI",
            Medication.BUPRENORPHINE,
            "Buprenorphine (extended-release, injectable)",
            "Buprenorphine (extended-release, injectable, for example, Sublocade®)",
            "Extended-release, injectable buprenorphine"),
    BUPRENORPHINE_IMPLANT("BSDM", Medication.BUPRENORPHINE, "Buprenorphine sub-dermal implant"),
    NALTREXONE_ORAL("NXN", Medication.NALTREXONE, "Naltrexone (oral)", "Oral naltrexone"),
    NALTREXONE_EXTENDED_RELEASE(
            "VTRL",
            Medication.NALTREXONE,
            "Extended-release, injectable naltrexone",
            "Extended-release, injectable Naltrexone (Vivitrol®)",
            "Vivitrol® (Injectable Naltrexone)"),
    METHADONE("METH", Medication.METHADONE, "Methadone"),
    // Lofexidine and clonidine ease opioid withdrawal but do not treat the disorder itself.
    LOFEXIDINE("LFXD", null, "Lofexidine"),
    CLONIDINE("CLND", null, "Clonidine"),
    ACAMPROSATE("ACM", null, "Acamprosate", "Acamprosate (Campral®)"),
    DISULFIRAM("DSF", null, "Disulfiram", "Disulfiram (Antabuse®)"),
    MEDICATIONS_FOR_MENTAL_DISORDERS(
            "MPD",
            null,
            "Medications for mental disorders",
            "Medications for psychiatric disorders");

    private final Term term;
    private final Medication medication;

    Pharmacotherapy(String code, Medication medication, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
        this.medication = medication;
    }

    @Override
    public Term term() {
        return term;
    }

    /**
     * The medication for opioid use disorder this is a form of, or {@code null} for the ones that
     * are not MOUD, so that offering any buprenorphine form counts as offering buprenorphine.
     */
    public Medication medication() {
        return medication;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<Pharmacotherapy> {}
}
