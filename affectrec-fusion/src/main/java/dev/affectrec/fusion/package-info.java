/**
 * Late fusion of emotion readings from any subset of modalities (text, behaviour, face) into the
 * unified {@link dev.affectrec.api.emotion.EmotionState} of one user.
 *
 * <p>Every reading is weighted by its confidence, its modality's reliability and an exponential
 * time decay ({@link dev.affectrec.fusion.FusionConfig}). Readings are first aggregated per
 * modality (one {@link dev.affectrec.api.emotion.ModalityContribution} each), then across
 * modalities. Disagreement between modalities is measured ({@link
 * dev.affectrec.fusion.Disagreement}) and lowers the fused confidence instead of being averaged
 * away. {@link dev.affectrec.fusion.LateFusion} is the batch computation, {@link
 * dev.affectrec.fusion.FusionAccumulator} folds one reading at a time in O(1) and agrees with it,
 * and {@link dev.affectrec.fusion.EmotionHistory} gives the trajectory of states over time.
 *
 * <p>Everything here is pure: no store, no clock, no I/O. All types are immutable and thread-safe.
 */
package dev.affectrec.fusion;
