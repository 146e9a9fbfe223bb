package org.opentreatment.directory.management;

import jakarta.ejb.ApplicationException;
import org.opentreatment.directory.shared.Text;

/** A claim, or a decision on one, that cannot be made, and why (said in the person's language). */
@ApplicationException(rollback = true)
public class ClaimRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Text text;

    public ClaimRefused(Text text) {
        super(text.english(), null, false, false);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
