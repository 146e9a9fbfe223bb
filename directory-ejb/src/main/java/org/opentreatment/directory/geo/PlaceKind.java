package org.opentreatment.directory.geo;

public enum PlaceKind {
    ZIP,
    CITY
}
