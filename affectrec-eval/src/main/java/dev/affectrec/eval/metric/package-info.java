/**
 * Evaluation metrics as pure functions: ranking accuracy at K, rating error, beyond-accuracy
 * measures, and means with 95% confidence intervals.
 */
package dev.affectrec.eval.metric;
