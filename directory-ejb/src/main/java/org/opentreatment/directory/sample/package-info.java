/**
 * Generated sample listings, so a fresh installation has something to search: deterministic for a
 * seed, placed at real ZIP points in every state, with service mixes that follow SAMHSA's 2015
 * National Directory, and always labelled as sample data where they are shown.
 */
package org.opentreatment.directory.sample;
