/**
 * The AffectRec event form, read from JSON (the REST body and JSON Lines imports) and from the text
 * fields of CSV rows, all checked by one set of rules in {@link
 * dev.affectrec.io.events.EventFields}.
 */
package dev.affectrec.io.events;
