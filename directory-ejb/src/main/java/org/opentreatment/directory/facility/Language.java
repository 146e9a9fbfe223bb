package org.opentreatment.directory.facility;

/**
 * Language other than English a facility's staff speak: the 24 offered by SAMHSA's 2019 locator.
 * Codes are SAMHSA's F (foreign) and N (Native American) codes from its 2015 directory. Two are not
 * F/N codes: Spanish is SAMHSA's SP, which it codes as a language service of its own, and Hmong has
 * no SAMHSA code, so it gets the project's own X-HMN; the hyphen keeps it from ever clashing with a
 * SAMHSA code.
 */
public enum Language implements SamhsaCoded {
    ARABIC("F4", "ar", "Arabic"),
    CHINESE("F17", "zh", "Chinese"),
    // In US treatment directories "Creole" means Haitian Creole.
    CREOLE("F19", "ht", "Creole", "Haitian Creole"),
    FARSI("F25", "fa", "Farsi", "Persian"),
    FRENCH("F28", "fr", "French"),
    GERMAN("F30", "de", "German"),
    GREEK("F31", "el", "Greek"),
    HEBREW("F35", "he", "Hebrew"),
    HINDI("F36", "hi", "Hindi"),
    HMONG("X-HMN", "hmn", "Hmong"),
    HOPI("N13", "hop", "Hopi"),
    ITALIAN("F42", "it", "Italian"),
    JAPANESE("F43", "ja", "Japanese"),
    KOREAN("F47", "ko", "Korean"),
    LAKOTA("N18", "lkt", "Lakota"),
    NAVAJO("N23", "nv", "Navajo"),
    OJIBWA("N24", "oj", "Ojibwa", "Ojibwe"),
    POLISH("F66", "pl", "Polish"),
    PORTUGUESE("F67", "pt", "Portuguese"),
    RUSSIAN("F70", "ru", "Russian"),
    SPANISH("SP", "es", "Spanish"),
    TAGALOG("F81", "tl", "Tagalog"),
    VIETNAMESE("F92", "vi", "Vietnamese"),
    // Central Alaskan Yup'ik, by far the most spoken Yupik language in the US.
    YUPIK("N40", "esu", "Yupik", "Yup'ik");

    private final Term term;
    private final String isoCode;

    Language(String code, String isoCode, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
        this.isoCode = isoCode;
    }

    @Override
    public Term term() {
        return term;
    }

    /** ISO 639-1 code where the language has one, else ISO 639-3; for HSDS and HTML lang. */
    public String isoCode() {
        return isoCode;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<Language> {}
}
