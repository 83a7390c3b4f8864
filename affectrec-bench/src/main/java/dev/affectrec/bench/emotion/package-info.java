/**
 * Text emotion benchmarks: batch throughput and single-text latency of the full pipeline, against
 * raw ONNX Runtime inference on pre-tokenised batches of the same texts in the same run.
 */
package dev.affectrec.bench.emotion;
