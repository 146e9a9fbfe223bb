package org.opentreatment.directory.management;

import jakarta.ejb.ApplicationException;
import org.opentreatment.directory.shared.Text;

/**
 * A change to a listing report that cannot be made (no such report, closed already, an assignee who
 * is not a site admin, a note too long), and why, in the person's language.
 */
@ApplicationException(rollback = true)
public class ReportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Text text;

    public ReportRefused(Text text) {
        super(text.english(), null, false, false);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
