/**
 * The facility listing and the SAMHSA vocabularies it is described with: type of care, service
 * setting, medications and pharmacotherapies, treatment approaches, payment, special groups, ages,
 * gender, languages, operator, accreditation and listing status. Each vocabulary is an enum whose
 * SAMHSA code is the stable key that the database stores and that import and export speak. A
 * listing holds most vocabularies as sets, stored through the enum's nested {@code SetConverter}
 * that {@link org.opentreatment.directory.facility.Facility} names; the two it holds one value of,
 * operator and listing status, nest an auto-applied {@code Converter} instead. {@link
 * org.opentreatment.directory.facility.SamhsaCodes} maps codes and the locator's labels back to
 * constants.
 */
package org.opentreatment.directory.facility;
