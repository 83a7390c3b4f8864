/**
 * Model search: chooses an algorithm's parameters by random or grid search, with a budget, on a
 * validation cut of the training data (never the test part), like Gorse's model search.
 */
package dev.affectrec.eval.tune;
