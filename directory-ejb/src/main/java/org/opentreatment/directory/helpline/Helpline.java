package org.opentreatment.directory.helpline;

import java.io.Serializable;
import org.opentreatment.directory.shared.PhoneNumbers;

/**
 * A helpline shown on every page, with who answers it: the honest version of the "Who answers?"
 * link on commercial rehab directories.
 *
 * @param name who runs the line, e.g. "SAMHSA's National Helpline"
 * @param number as people read it, e.g. "1-800-662-4357"
 * @param whoAnswers the disclosure: who picks up, whether anyone pays for the call
 * @param hours when and in which languages it answers
 */
public record Helpline(String name, String number, String whoAnswers, String hours)
        implements Serializable {

    public static final Helpline SAMHSA =
            new Helpline(
                    "SAMHSA's National Helpline",
                    "1-800-662-4357",
                    "Answered by SAMHSA's National Helpline, a free and confidential information and referral service of "
                            + "the U.S. Department of Health and Human Services. It is not a treatment center and is not paid "
                            + "by any facility; nobody pays this directory for your call.",
                    "24 hours a day, 7 days a week, in English and Spanish");

    /** The number as a {@code tel:} link target: digits only, with the US country code. */
    public String tel() {
        return PhoneNumbers.telUri(number);
    }
}
