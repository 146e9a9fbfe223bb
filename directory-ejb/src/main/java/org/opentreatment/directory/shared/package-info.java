/**
 * The few truly cross-cutting pieces: the entity base class with identity, optimistic locking and
 * audit timestamps, the schema migrations and their hooks into Hibernate's start-up. Anything that
 * belongs to one feature lives in that feature's package instead.
 */
package org.opentreatment.directory.shared;
