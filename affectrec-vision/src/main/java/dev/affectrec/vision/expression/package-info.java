/**
 * Facial-expression classification with oarriaga's FER2013 Xception network: face crop, grey,
 * 64×64, scaled to [-1, 1], softmax over the seven unified emotion labels. Thread-safe.
 */
package dev.affectrec.vision.expression;
