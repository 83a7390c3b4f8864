/** Classification metrics: accuracy, macro-F1, per-class F1, confusion matrix, ECE. */
package dev.affectrec.emotion.text.eval;
