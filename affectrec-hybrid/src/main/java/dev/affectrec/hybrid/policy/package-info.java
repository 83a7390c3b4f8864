/** Emotion policies as pure re-rankers, the negative-review rule and MMR diversity. */
package dev.affectrec.hybrid.policy;
