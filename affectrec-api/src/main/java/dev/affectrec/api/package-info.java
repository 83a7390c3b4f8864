/**
 * Records and small interfaces that every AffectRec module shares.
 *
 * <p>This module depends on nothing. Every record here is immutable and validates its arguments at
 * construction, throwing {@link java.lang.IllegalArgumentException} (or {@link
 * java.lang.NullPointerException} for a required argument that is null) with a message that names
 * the offending field.
 */
package dev.affectrec.api;
