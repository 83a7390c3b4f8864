/**
 * At-risk users: the probability that a user's next review is 1-2 stars, from their reading
 * trajectory and behaviour, with its evaluation against a ratings-only baseline.
 */
package dev.affectrec.analytics.risk;
