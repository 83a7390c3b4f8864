/**
 * Registers {@code hybrid-emotion} with recommend's algorithm registry (through {@link
 * java.util.ServiceLoader}), so the evaluation harness, the file jobs and model files treat it like
 * any built-in algorithm.
 */
package dev.affectrec.hybrid.algorithm;
