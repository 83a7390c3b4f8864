/** The wire JSON of emotion readings, shared by the CLI, {@code emotion batch} and the REST API. */
package dev.affectrec.io.emotion;
