package org.opentreatment.directory.account;

import jakarta.ejb.ApplicationException;
import org.opentreatment.directory.shared.Text;

/**
 * What a person asked of their account cannot be done, and why, said to them in their language: a
 * password too short, a link used or expired. {@code field} names the input at fault, if one is.
 */
@ApplicationException(rollback = true)
public class AccountProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final Text text;

    public AccountProblem(String field, Text text) {
        super(text.english(), null, false, false);
        this.field = field;
        this.text = text;
    }

    public String field() {
        return field;
    }

    public Text text() {
        return text;
    }
}
