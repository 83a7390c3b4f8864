/**
 * The ingest path: validated events go to the store and then to the listeners that react to them.
 */
package dev.affectrec.server.ingest;
