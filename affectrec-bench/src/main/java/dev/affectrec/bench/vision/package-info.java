/**
 * Face-emotion benchmarks: end-to-end images per second on the shared sample photos, with the
 * BlazeFace detector and the expression network alone as a breakdown.
 */
package dev.affectrec.bench.vision;
