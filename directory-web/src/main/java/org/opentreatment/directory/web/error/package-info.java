/**
 * How pages answer failures: "temporarily unavailable" (503, with the helplines) when the directory
 * cannot answer, decided by the EJB module's {@code Availability}.
 */
package org.opentreatment.directory.web.error;
