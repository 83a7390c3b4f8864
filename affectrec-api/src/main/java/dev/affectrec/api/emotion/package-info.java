/**
 * The emotion vocabulary shared by every modality: seven labels ({@link
 * dev.affectrec.api.emotion.Emotion}), a probability distribution over them, a reading from one
 * modality ({@link dev.affectrec.api.emotion.EmotionReading}) and the fused state of a user ({@link
 * dev.affectrec.api.emotion.EmotionState}). Valence and arousal always come from the distribution
 * through {@link dev.affectrec.api.emotion.Circumplex}.
 */
package dev.affectrec.api.emotion;
