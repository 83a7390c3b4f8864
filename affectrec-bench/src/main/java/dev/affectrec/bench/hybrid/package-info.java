/** Serving latency of the emotion-aware hybrid against plain CF top-k in the same run. */
package dev.affectrec.bench.hybrid;
