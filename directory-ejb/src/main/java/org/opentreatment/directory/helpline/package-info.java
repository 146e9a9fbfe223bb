/**
 * The helplines every page shows: the deployment's helpline with its "who answers" disclosure, and
 * the 988 Suicide & Crisis Lifeline.
 */
package org.opentreatment.directory.helpline;
