/** Typed reads of single JSON values from a streaming parser, shared by the JSON Lines readers. */
package dev.affectrec.io.json;
