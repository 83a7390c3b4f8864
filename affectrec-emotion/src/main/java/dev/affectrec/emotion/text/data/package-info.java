/**
 * Loaders for the labelled text datasets of shared/data, with de-duplication and the seeded dev
 * splits made here for datasets that ship none, and for the VADER ground truth rated for intensity.
 */
package dev.affectrec.emotion.text.data;
