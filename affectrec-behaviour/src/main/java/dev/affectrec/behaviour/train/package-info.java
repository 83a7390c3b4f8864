/**
 * Training and evaluation by hand, never in unit tests: small readers for the Amazon reviews,
 * MovieLens 100K and DIGINETICA files, a user-disjoint split, metrics, and the {@link
 * dev.affectrec.behaviour.train.TrainBehaviourModel} command.
 */
package dev.affectrec.behaviour.train;
