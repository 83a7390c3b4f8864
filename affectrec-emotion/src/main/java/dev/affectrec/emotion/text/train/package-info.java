/**
 * {@code emotion train}: embedding cache, head training and dev-only tuning (mix weight, prior
 * correction, threshold, temperature), the English intensity head on the VADER ground truth, and
 * writing the head bundles with provenance.
 */
package dev.affectrec.emotion.text.train;
