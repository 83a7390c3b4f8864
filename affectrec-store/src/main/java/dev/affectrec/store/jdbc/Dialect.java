package dev.affectrec.store.jdbc;

/**
 * The databases the JDBC store supports. Both run the same schema migrations; only connection setup
 * and the write discipline differ.
 */
public enum Dialect {
  /** Embedded, one file; one writer at a time, readers in parallel (write-ahead log). */
  SQLITE,
  /** A PostgreSQL server; writers in parallel through a connection pool. */
  POSTGRESQL
}
