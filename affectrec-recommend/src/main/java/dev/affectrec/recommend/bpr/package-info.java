/**
 * Bayesian personalised ranking (Rendle et al. 2009) by stochastic gradient ascent on sampled
 * (user, positive, negative) triples. Item biases are left out, as in LibRec, so that least-squares
 * fold-in (which has no bias term) ranks new users on the same scale.
 */
package dev.affectrec.recommend.bpr;
