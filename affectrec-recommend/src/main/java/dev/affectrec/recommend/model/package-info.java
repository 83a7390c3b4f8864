/**
 * The common shape of trained models: {@link dev.affectrec.recommend.model.ScoringModel} scores
 * every item for a known user or for a fresh history (fold-in), ranks with exclusions, and saves
 * itself with its provenance in a versioned binary file.
 */
package dev.affectrec.recommend.model;
