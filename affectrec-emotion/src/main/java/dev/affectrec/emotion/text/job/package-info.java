/**
 * Entry points the CLI and server call: batch reading of UTF-8 lines to JSON lines, and evaluation
 * of a head on a dataset.
 */
package dev.affectrec.emotion.text.job;
