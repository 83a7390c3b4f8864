/**
 * JMH benchmarks of the event store and the importers: bulk import throughput into SQLite with a
 * raw JDBC baseline. Results and commands are in docs/BENCHMARKS.md under "Store and import".
 */
package dev.affectrec.bench.store;
