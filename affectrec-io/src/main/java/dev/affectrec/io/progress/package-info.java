/** The one terminal progress bar, shared by the CLI's imports and the evaluation harness. */
package dev.affectrec.io.progress;
