/** Registers {@code hybrid-emotion} with the evaluation harness and recommend-file jobs. */
package dev.affectrec.hybrid.eval;
