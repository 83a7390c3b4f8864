/**
 * Face detection: the {@link dev.affectrec.vision.detect.FaceDetector} interface, BlazeFace
 * (anchors, box decoding, sigmoid scores over the TF.js graph's 896 anchor outputs), the
 * non-maximum suppression every detector shares, and the typed choice of detector ({@link
 * dev.affectrec.vision.detect.DetectorChoice}). Thread-safe.
 */
package dev.affectrec.vision.detect;
