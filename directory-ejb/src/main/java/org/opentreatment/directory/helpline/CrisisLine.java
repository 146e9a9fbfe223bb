package org.opentreatment.directory.helpline;

/**
 * The 988 Suicide & Crisis Lifeline: call or text 988, shown on every page, never configurable
 * away.
 */
public final class CrisisLine {

    public static final String NAME = "988 Suicide & Crisis Lifeline";
    public static final String NUMBER = "988";
    public static final String CALL = "tel:988";
    public static final String TEXT = "sms:988";

    private CrisisLine() {}
}
