/** Load generators for the REST server (real HTTP on loopback, bounded in count and time). */
package dev.affectrec.bench.server;
