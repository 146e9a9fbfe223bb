package org.opentreatment.directory.facility;

/**
 * Whether a listing is in service, with the values of Open Referral HSDS {@code service.status} as
 * codes so that HSDS export needs no mapping.
 */
public enum ListingStatus implements SamhsaCoded {
    ACTIVE("active", "Active"),
    INACTIVE("inactive", "Inactive"),
    TEMPORARILY_CLOSED("temporarily closed", "Temporarily closed"),
    DEFUNCT("defunct", "Defunct");

    private final Term term;

    ListingStatus(String code, String label) {
        term = new Term(code, label);
    }

    @Override
    public Term term() {
        return term;
    }

    /**
     * Only active listings appear in public search: sending someone in need to a closed program is
     * the dead end the directory exists to prevent.
     */
    public boolean publiclySearchable() {
        return this == ACTIVE;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends SamhsaCodeConverter<ListingStatus> {}
}
