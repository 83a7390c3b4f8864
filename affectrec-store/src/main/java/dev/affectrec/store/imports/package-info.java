/**
 * Importers that read files in known formats (MovieLens, Amazon reviews, JSON Lines events, CSV)
 * into an {@link dev.affectrec.store.EventStore} (or another {@link
 * dev.affectrec.store.EventSink}), reporting every bad row by line number.
 */
package dev.affectrec.store.imports;
