/**
 * Split protocols: MovieLens u1..u5 five-fold, random per-user holdout, temporal (global cut or
 * per-user last N) and leave-one-out. Every protocol is deterministic for its seed.
 */
package dev.affectrec.eval.split;
