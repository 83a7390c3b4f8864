/**
 * Offline evaluation of recommenders: data readers, split protocols, metrics with confidence
 * intervals, the harness that trains and ranks, reports, and the jobs the CLI calls.
 */
package dev.affectrec.eval;
