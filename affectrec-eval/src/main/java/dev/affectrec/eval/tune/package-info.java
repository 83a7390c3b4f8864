/**
 * The evaluation harness as an objective of the model search in {@code
 * dev.affectrec.recommend.tune}, for {@code affectrec evaluate --tune}.
 */
package dev.affectrec.eval.tune;
