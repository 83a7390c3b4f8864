/**
 * Latent-factor models shared by ALS, BPR and peers such as Spark ALS: user and item vectors, a
 * cache-friendly scoring kernel, and least-squares fold-in with a conjugate-gradient solver.
 */
package dev.affectrec.recommend.factor;
