/**
 * Session and user features from plain event lists: dwell, click bursts, cart abandonment, returns,
 * rating deviation from the user's own mean, skips, search reformulations, time of day and session
 * pace. Pure functions; immutable, thread-safe results.
 */
package dev.affectrec.behaviour.features;
