/**
 * What the records of SAMHSA's FindTreatment.gov locator export mean in this directory's
 * vocabularies: {@link org.opentreatment.directory.imports.locator.LocatorServiceGroups} maps the
 * labels of a record's service groups and its facility type onto a listing, and says of each label
 * whether it was mapped, deliberately not carried, or unknown, so that an import can report the
 * rest.
 */
package org.opentreatment.directory.imports.locator;
