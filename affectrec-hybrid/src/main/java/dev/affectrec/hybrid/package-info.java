/**
 * Emotion-aware hybrid recommendation: the {@link dev.affectrec.hybrid.EmotionAwareRecommender}
 * facade composes candidates, learned blending, emotion policies, diversity and explanations.
 */
package dev.affectrec.hybrid;
