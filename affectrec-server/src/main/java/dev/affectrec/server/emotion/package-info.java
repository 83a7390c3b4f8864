/**
 * Emotion endpoints: face readings with consent, text readings, and the fused emotion state of a
 * user or an item. The text-reading pipeline and the JSON views live in the serving layer.
 */
package dev.affectrec.server.emotion;
