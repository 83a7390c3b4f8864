/**
 * Item emotional profiles: the aggregate of the readings of an item's reviews, with counts, mean
 * valence and arousal, a distribution and a trend of recent against older readings. Pure functions;
 * immutable, thread-safe results.
 */
package dev.affectrec.fusion.profile;
