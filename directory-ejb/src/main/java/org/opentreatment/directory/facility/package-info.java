/**
 * The facility listing and the SAMHSA vocabularies it is described with: type of care, service
 * setting, medications and pharmacotherapies, treatment approaches, payment, special groups, ages,
 * gender, languages, operator, accreditation and listing status. Each vocabulary is an enum whose
 * SAMHSA code is the stable key that the database stores (through the enum's nested, auto-applied
 * {@code Converter}) and that import and export speak; {@link
 * org.opentreatment.directory.facility.SamhsaCodes} maps codes and the locator's labels back to
 * constants.
 */
package org.opentreatment.directory.facility;
