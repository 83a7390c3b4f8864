/**
 * Sentence encoders run in-process through ONNX Runtime: a pure-Java WordPiece tokenizer read from
 * HuggingFace tokenizer.json, length-sorted batching, windowing of long texts, [CLS] pooling.
 */
package dev.affectrec.emotion.text.encoder;
