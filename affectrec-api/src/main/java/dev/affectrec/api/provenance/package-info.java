/** Where a trained model came from: data, configuration, seed, code version and metrics. */
package dev.affectrec.api.provenance;
