/**
 * Model search: chooses an algorithm's parameters by random or grid search, with a budget, on a
 * validation cut of the training data (never the test part), like Gorse's model search. Used by
 * {@code affectrec evaluate --tune} (through the evaluation harness) and by the serving trainer
 * ({@code serve --tune}, through {@link dev.affectrec.recommend.tune.HoldoutObjective}).
 */
package dev.affectrec.recommend.tune;
