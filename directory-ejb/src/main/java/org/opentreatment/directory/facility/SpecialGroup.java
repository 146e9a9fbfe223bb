package org.opentreatment.directory.facility;

/** Special program or group a facility serves, as coded by SAMHSA's locator. */
public enum SpecialGroup implements SamhsaCoded {
    ADOLESCENTS("AD", "Adolescents"),
    YOUNG_ADULTS("TAY", "Transitional age young adults", "Young adults"),
    ADULT_WOMEN("WN", "Adult women"),
    PREGNANT_POSTPARTUM_WOMEN("PW", "Pregnant/postpartum women"),
    ADULT_MEN("MN", "Adult men"),
    SENIORS("SE", "Seniors or older adults", "Seniors"),
    LGBTQ(
            "GL",
            "LGBTQ clients",
            "Lesbian, gay, bisexual, or transgender (LGBT) clients",
            "LGBTQ",
            "LGBT clients"),
    VETERANS("VET", "Veterans"),
    ACTIVE_DUTY_MILITARY("ADM", "Active duty military"),
    MILITARY_FAMILIES("MF", "Military families"),
    CRIMINAL_JUSTICE(
            "CJ", "Criminal justice clients", "Clients referred from the court/judicial system"),
    CO_OCCURRING(
            "CO",
            "Persons with co-occurring mental and substance use disorders",
            "Clients with co-occurring mental and substance use disorders"),
    CO_OCCURRING_PAIN(
            "COPSU",
            "Persons with co-occurring pain and substance use disorders",
            "Clients with co-occurring pain and substance use disorders"),
    HIV_AIDS("HV", "Persons with HIV or AIDS", "Persons with HIV/AIDS"),
    SEXUAL_ABUSE_SURVIVORS("XA", "Persons who have experienced sexual abuse"),
    INTIMATE_PARTNER_VIOLENCE(
            "DV",
            "Persons who have experienced intimate partner violence, domestic violence",
            "Persons who have experienced intimate partner violence"),
    TRAUMA("TRMA", "Persons who have experienced trauma");

    private final Term term;

    SpecialGroup(String code, String label, String... alternativeLabels) {
        term = new Term(code, label, alternativeLabels);
    }

    @Override
    public Term term() {
        return term;
    }

    @jakarta.persistence.Converter
    public static class SetConverter extends SamhsaCodeSetConverter<SpecialGroup> {}
}
