/**
 * Change alerts: which items, categories or the platform turned negative in the most recent days of
 * the data, with the evidence, most severe first; and the webhook that posts them.
 */
package dev.affectrec.analytics.alert;
