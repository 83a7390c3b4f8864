/**
 * Classification metrics (accuracy, macro-F1, per-class F1, confusion matrix, ECE) and the
 * regression metrics of the intensity head (Pearson r, mean absolute error).
 */
package dev.affectrec.emotion.text.eval;
