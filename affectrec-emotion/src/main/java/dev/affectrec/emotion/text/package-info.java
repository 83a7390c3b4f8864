/**
 * Text emotion recognition in English and Chinese: {@link
 * dev.affectrec.emotion.text.TextEmotionRecognizer} routes each text by script, embeds it with a
 * bge-small encoder, applies the trained heads and assembles an {@link
 * dev.affectrec.api.emotion.EmotionReading} plus the wire JSON.
 */
package dev.affectrec.emotion.text;
