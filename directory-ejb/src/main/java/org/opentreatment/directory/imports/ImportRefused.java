package org.opentreatment.directory.imports;

import jakarta.ejb.ApplicationException;
import org.opentreatment.directory.shared.Text;

/**
 * An import cannot do what was asked: a file that is not of its format, a start without rows, a
 * second import while one runs. Says why in {@link #reason()}; nothing of the request was kept.
 */
@ApplicationException(rollback = true)
public class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Text reason;

    public ImportRefused(Text reason) {
        super(reason.english(), null, false, false);
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
