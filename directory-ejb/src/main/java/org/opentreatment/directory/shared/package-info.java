/**
 * The few truly cross-cutting pieces: the entity base class with identity, optimistic locking and
 * audit timestamps, Bean Validation kept to our own entities, phone numbers as links, and the names
 * of the settings a deployer can give. Anything that belongs to one feature lives in that feature's
 * package instead.
 */
package org.opentreatment.directory.shared;
