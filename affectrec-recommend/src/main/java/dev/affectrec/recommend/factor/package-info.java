/**
 * Latent-factor models shared by ALS, BPR and peers such as Spark ALS: user and item vectors, a
 * cache-friendly scoring kernel, least-squares fold-in with a conjugate-gradient solver, and an
 * exact top-k fast path ({@link dev.affectrec.recommend.factor.ExactTopK}) that scans 16-bit item
 * codes and re-scores a provably sufficient candidate set in float.
 */
package dev.affectrec.recommend.factor;
