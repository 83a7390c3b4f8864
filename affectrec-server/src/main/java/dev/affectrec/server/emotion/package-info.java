/** Emotion endpoints: face readings with consent, and the fused emotion state of a user. */
package dev.affectrec.server.emotion;
