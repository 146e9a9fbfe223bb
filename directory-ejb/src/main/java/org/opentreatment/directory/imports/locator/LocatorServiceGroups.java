package org.opentreatment.directory.imports.locator;

import java.util.List;
import org.opentreatment.directory.facility.Facility;

/** STUB until the locator branch is merged. */
public final class LocatorServiceGroups {
    private LocatorServiceGroups() {}

    public static List<LabelOutcome> apply(
            String groupCode, String groupName, String labels, Facility target) {
        return List.of();
    }

    public static boolean applyFacilityType(String typeFacility, Facility target) {
        return true;
    }
}
