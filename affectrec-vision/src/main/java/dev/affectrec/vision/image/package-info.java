/**
 * Safe, in-memory image decoding: header checks before pixels are decoded (size, pixel count,
 * compression ratio), EXIF orientation, and the bilinear sampling that the face pipeline needs.
 * Nothing here writes an image to disk or to a log.
 */
package dev.affectrec.vision.image;
