/**
 * Locating and verifying the face model files: the sha256 list committed with the code, the cache
 * folder filled by {@code scripts/fetch-face-models.sh}, and the loaded detector and expression
 * graphs.
 */
package dev.affectrec.vision.model;
