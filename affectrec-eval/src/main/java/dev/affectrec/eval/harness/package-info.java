/**
 * The evaluation harness: trains each algorithm on each split, ranks all items for every test user
 * with their training items excluded, and aggregates metrics with confidence intervals.
 */
package dev.affectrec.eval.harness;
