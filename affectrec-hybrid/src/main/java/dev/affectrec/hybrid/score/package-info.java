/** Hybrid scoring: the pure blending function, its features and the coordinate-ascent learner. */
package dev.affectrec.hybrid.score;
