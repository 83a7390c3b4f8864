/**
 * BlazeFace face detection: anchors, box decoding, sigmoid scores and non-maximum suppression over
 * the TF.js graph's 896 anchor outputs. Thread-safe.
 */
package dev.affectrec.vision.detect;
