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

    private final String code;
    private final String label;

    ListingStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Only active listings appear in public search: sending someone in need to a closed program is
     * the dead end the directory exists to prevent.
     */
    public boolean publiclySearchable() {
        return this == ACTIVE;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends SamhsaCodeConverter<ListingStatus> {
        public Converter() {
            super(ListingStatus.class);
        }
    }
}
