/**
 * The session polarity model: a Tribuo random forest of CART trees over {@link
 * dev.affectrec.behaviour.features.SessionFeatures}, trained by distant supervision from a
 * pluggable {@link dev.affectrec.behaviour.model.SessionLabelSource}. Models are immutable, carry
 * {@link dev.affectrec.api.provenance.Provenance} and save and load as one file.
 */
package dev.affectrec.behaviour.model;
