package org.opentreatment.directory.management;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.opentreatment.directory.facility.ListingProblem;

/**
 * The edited listing breaks the listing rules ({@link
 * org.opentreatment.directory.facility.ListingRules}): nothing was saved. Carries every problem at
 * once, each naming its field, so the form can say each beside its field.
 */
@ApplicationException(rollback = true)
public class ListingRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ListingProblem> problems;

    public ListingRejected(long facilityId, List<ListingProblem> problems) {
        super(
                "Listing " + facilityId + " not saved: " + problems.size() + " problem(s)",
                null,
                false,
                false);
        this.problems = List.copyOf(problems);
    }

    public List<ListingProblem> problems() {
        return problems;
    }
}
