package dev.affectrec.emotion.text.rules;

/**
 * One lexicon match in a text.
 *
 * @param offset char offset of the match, for weighing it against a contrast word
 * @param entry what the match says
 * @param negated whether a negation word governs it
 */
record CueHit(int offset, LexiconEntry entry, boolean negated) {}
