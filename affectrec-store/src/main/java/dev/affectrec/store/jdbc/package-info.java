/**
 * The JDBC implementation of {@link dev.affectrec.store.EventStore}: SQLite embedded by default,
 * PostgreSQL when a {@code jdbc:postgresql://} URL is configured. Open one with {@link
 * dev.affectrec.store.jdbc.EventStores#open(dev.affectrec.store.jdbc.StoreConfig)}.
 *
 * <p>Both databases run the same versioned SQL migrations (resources under {@code migrations/},
 * applied by a small runner that records them in {@code schema_version}).
 */
package dev.affectrec.store.jdbc;
