/**
 * Cheap rule layers over the trained heads (issue 14): negation and contrast, emoji and ASCII
 * emoticons, and emotion words stated outright, in English and Chinese. {@link
 * dev.affectrec.emotion.text.rules.AffectCues#of} reads the cues of a text from small lexicons in
 * the jar and {@link dev.affectrec.emotion.text.rules.ReadingRules} folds them into the heads'
 * distributions.
 */
package dev.affectrec.emotion.text.rules;
