package org.opentreatment.directory.management;

import java.io.Serializable;
import org.opentreatment.directory.facility.ListingField;

/**
 * One field's change in one revision, both values in the field's text form ({@link
 * ListingField#format}): "" for an empty value.
 */
public record FieldChange(ListingField field, String before, String after)
        implements Serializable {}
