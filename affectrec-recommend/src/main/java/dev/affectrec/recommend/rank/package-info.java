/**
 * Ranking kernels: bounded top-k selection and running k-th-best thresholds over primitive arrays.
 */
package dev.affectrec.recommend.rank;
