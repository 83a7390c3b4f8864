/**
 * Optional face detectors from ONNX model files the user configures, run by ONNX Runtime: UltraFace
 * (RFB-320/640) and YuNet. Each validates its file when opened (ONNX, input shape, outputs), does
 * its own pre-processing and decoding, and shares the non-maximum suppression of the BlazeFace
 * path. Thread-safe; close them to free the native session.
 */
package dev.affectrec.vision.detect.onnx;
