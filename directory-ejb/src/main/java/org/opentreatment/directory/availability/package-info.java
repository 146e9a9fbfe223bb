/**
 * Whether the directory can answer: {@link org.opentreatment.directory.availability.Availability}
 * decides for pages and the API alike when a failure means "temporarily unavailable" (start-up work
 * not yet run, a database or search cluster out of reach), {@code Outages} tells such failures from
 * bugs, and {@code ReadinessProbes} answers the readiness checks of the EAR's lib/.
 */
package org.opentreatment.directory.availability;
