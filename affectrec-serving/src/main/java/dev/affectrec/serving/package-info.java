/**
 * Online recommendation over the event store: {@link dev.affectrec.serving.StoreTrainingData} turns
 * stored events and readings into training data, {@link
 * dev.affectrec.serving.RecommendationService} serves the current hybrid model, folds new events in
 * within a second, retrains in the background and swaps models atomically, and feeds the policy
 * bandit from feedback events.
 */
package dev.affectrec.serving;
