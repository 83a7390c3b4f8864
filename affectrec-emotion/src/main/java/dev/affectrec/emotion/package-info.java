/** Emotion recognition. Text lives in {@code dev.affectrec.emotion.text} and its sub-packages. */
package dev.affectrec.emotion;
