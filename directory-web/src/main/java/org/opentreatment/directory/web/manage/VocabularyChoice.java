package org.opentreatment.directory.web.manage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.SamhsaCoded;

/**
 * The checkboxes of one vocabulary: its values to offer, and the codes chosen, read from and
 * written to the listing in {@link ListingField}'s text form, so the form needs no converter.
 */
public final class VocabularyChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ListingField field;
    private final List<SamhsaCoded> options;
    private List<String> codes = new ArrayList<>();

    VocabularyChoice(ListingField field, SamhsaCoded[] options) {
        this.field = field;
        this.options = List.of(options);
    }

    /** The listing's values of this vocabulary, as chosen now. */
    void readFrom(Facility listing) {
        String text = field.format(listing);
        codes =
                text.isEmpty()
                        ? new ArrayList<>()
                        : new ArrayList<>(
                                Arrays.asList(text.split(ListingField.VALUE_SEPARATOR, -1)));
    }

    void writeTo(Facility listing) {
        field.parse(listing, String.join(ListingField.VALUE_SEPARATOR, codes));
    }

    /** The field's column name, also the checkboxes' component id. */
    public String getColumn() {
        return field.column();
    }

    public List<SamhsaCoded> getOptions() {
        return options;
    }

    public List<String> getCodes() {
        return codes;
    }

    public void setCodes(List<String> codes) {
        this.codes = codes == null ? new ArrayList<>() : new ArrayList<>(codes);
    }
}
