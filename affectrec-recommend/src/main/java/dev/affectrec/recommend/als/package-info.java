/**
 * Implicit-feedback alternating least squares (Hu, Koren and Volinsky 2008) with confidence {@code
 * 1 + alpha r} and a conjugate-gradient solver per vector, users and items solved in parallel.
 */
package dev.affectrec.recommend.als;
