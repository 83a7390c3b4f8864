/**
 * Biased matrix factorisation for explicit ratings ({@code r = mu + b_u + b_i + p_u . q_i}),
 * trained by stochastic gradient descent with a decaying learning rate.
 */
package dev.affectrec.recommend.mf;
