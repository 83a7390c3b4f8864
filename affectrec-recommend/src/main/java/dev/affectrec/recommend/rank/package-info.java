/** Ranking kernels: bounded top-k selection over primitive score arrays. */
package dev.affectrec.recommend.rank;
