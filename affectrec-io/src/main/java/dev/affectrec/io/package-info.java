/**
 * The one home of AffectRec's file and wire formats: a sub-package per format ({@code lines},
 * {@code events}, {@code csv}, {@code ratings}, {@code emotion}) and the terminal {@code progress}
 * bar. Depends on {@code affectrec-api} only; the store, evaluation, server and CLI depend on it.
 */
package dev.affectrec.io;
