/**
 * Emotion analytics over the store: {@link dev.affectrec.analytics.ReviewLog} (reviews joined with
 * their text readings), trends ({@link dev.affectrec.analytics.trend}), change alerts ({@link
 * dev.affectrec.analytics.alert}) and aspects ({@link dev.affectrec.analytics.aspect}). Every
 * computation is a pure function of a log, so the server and the CLI answer alike.
 */
package dev.affectrec.analytics;
