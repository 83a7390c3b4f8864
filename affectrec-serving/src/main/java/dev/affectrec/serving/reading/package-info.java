/**
 * The text-reading pipeline: the process-wide text emotion model and the ingest listener that
 * stores the reading of every review and search text a user allows to be read. Used by the server
 * at ingest and by CLI commands that fill or train from a store.
 */
package dev.affectrec.serving.reading;
