/**
 * A small, exact executor for TF.js graph models ({@code model.json} plus weight shards): float32
 * NHWC tensors on primitive arrays and the operations that the BlazeFace and FER2013 expression
 * graphs use. Loaded models are immutable and safe for concurrent execution.
 */
package dev.affectrec.vision.tfjs;
