/**
 * Benchmarks of behaviour emotion (feature extraction with the forest or the rules per session) and
 * of fusion (batch, incremental and a plain-average baseline). Results: docs/BENCHMARKS.md, section
 * "Behaviour and fusion".
 */
package dev.affectrec.bench.fusion;
