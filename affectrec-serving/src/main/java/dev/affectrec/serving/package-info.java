/**
 * The domain layer that the server and the CLI both call. This package is online recommendation
 * over the event store: {@link dev.affectrec.serving.StoreTrainingData} turns stored events and
 * readings into training data, and {@link dev.affectrec.serving.RecommendationService} serves the
 * current hybrid model as a facade over its parts: the model lifecycle (training schedule,
 * single-flight retraining, atomic swaps), the live state (fold-in of new events within a second,
 * live popularity), the bandit fed by feedback events and a bounded cache of user views. The
 * sub-packages hold the other domain services: {@code ingest}, {@code privacy} (consent,
 * pseudonyms, erasure, audit), {@code access} (API keys and roles), {@code reading} (text readings
 * of reviews) and {@code view} (the JSON views shared by REST and {@code --json}). Nothing here
 * knows HTTP.
 */
package dev.affectrec.serving;
