package org.opentreatment.directory.management;

/** How many listings have one value: a state (its USPS code) or a status (its name). */
public record Tally(String key, long count) {}
