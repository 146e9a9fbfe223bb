package org.opentreatment.directory.facility;

import java.io.Serializable;
import java.util.Objects;
import org.opentreatment.directory.shared.Text;

/**
 * One thing wrong with a listing as given: the field (its {@link ListingField#column()} name, or
 * another name the source uses), the value as given (null when the field was missing) and why, in
 * words an editor or an operator can act on.
 */
public record ListingProblem(String field, String value, Text reason) implements Serializable {

    public ListingProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    public static ListingProblem of(ListingField field, Object value, Text reason) {
        return new ListingProblem(field.column(), value == null ? null : value.toString(), reason);
    }
}
