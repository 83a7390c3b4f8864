/**
 * The ingest path: validated events go to the store and then to the listeners that react to them
 * (text readings, live recommendation state). The server's event endpoint and the CLI's live shop
 * both ingest through {@link dev.affectrec.serving.ingest.IngestService}.
 */
package dev.affectrec.serving.ingest;
