package dev.affectrec.store.jdbc;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.AuditEntry;
import dev.affectrec.store.access.Consent;
import dev.affectrec.store.access.PendingErasure;
import dev.affectrec.store.access.StoredKey;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@link AccessStore} over the same connections and transactions as its {@link JdbcEventStore}.
 * Thread-safe.
 */
final class JdbcAccessStore implements AccessStore {
  private final JdbcEventStore store;

  JdbcAccessStore(JdbcEventStore store) {
    this.store = store;
  }

  @Override
  public void putKey(StoredKey key) {
    store.write(
        "store API key " + key.id(),
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO api_keys (id, hash, role, label, created_us, revoked) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key.id());
            insert.setString(2, key.hash());
            insert.setString(3, key.role());
            insert.setString(4, key.label());
            insert.setLong(5, EpochMicros.of(key.created()));
            insert.setInt(6, key.revoked() ? 1 : 0);
            return insert.executeUpdate();
          }
        });
  }

  @Override
  public Optional<StoredKey> keyByHash(String hash) {
    return store.read(
        "read API key",
        c -> keys(c, "SELECT * FROM api_keys WHERE hash = ?", hash).stream().findFirst());
  }

  @Override
  public List<StoredKey> keys() {
    return store.read(
        "list API keys", c -> keys(c, "SELECT * FROM api_keys ORDER BY created_us, id", null));
  }

  @Override
  public boolean revokeKey(String id) {
    return store.write(
        "revoke API key " + id,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement("UPDATE api_keys SET revoked = 1 WHERE id = ?")) {
            update.setString(1, id);
            return update.executeUpdate() > 0;
          }
        });
  }

  @Override
  public void putConsent(Consent consent) {
    store.write(
        "store consent",
        c -> {
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO consents (user_id, modality, granted, time_us) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (user_id, modality) DO UPDATE SET granted = excluded.granted, time_us = excluded.time_us")) {
            upsert.setString(1, consent.user());
            upsert.setString(2, consent.modality().name());
            upsert.setInt(3, consent.granted() ? 1 : 0);
            upsert.setLong(4, EpochMicros.of(consent.time()));
            return upsert.executeUpdate();
          }
        });
  }

  @Override
  public List<Consent> consentsOf(String user) {
    return store.read(
        "read consents",
        c -> {
          List<Consent> out = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT modality, granted, time_us FROM consents WHERE user_id = ?")) {
            select.setString(1, user);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                out.add(
                    new Consent(
                        user,
                        Modality.valueOf(rows.getString(1)),
                        rows.getInt(2) == 1,
                        EpochMicros.toInstant(rows.getLong(3))));
              }
            }
          }
          out.sort(Comparator.comparing(Consent::modality));
          return out;
        });
  }

  @Override
  public Set<String> usersRefusing(Modality modality) {
    return store.read(
        "read refused consents",
        c -> {
          Set<String> out = new HashSet<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT user_id FROM consents WHERE modality = ? AND granted = 0")) {
            select.setString(1, modality.name());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                out.add(rows.getString(1));
              }
            }
          }
          return Set.copyOf(out);
        });
  }

  @Override
  public void appendAudit(AuditEntry entry) {
    store.write(
        "append audit entry",
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO audit_log (id, time_us, actor, action, target, status) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setLong(2, EpochMicros.of(entry.time()));
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            if (entry.target() == null) {
              insert.setNull(5, Types.VARCHAR);
            } else {
              insert.setString(5, entry.target());
            }
            insert.setInt(6, entry.status());
            return insert.executeUpdate();
          }
        });
  }

  @Override
  public List<AuditEntry> audit(int limit) {
    Arguments.requireAtLeast(limit, 1, "limit");
    return store.read(
        "read audit log",
        c -> {
          List<AuditEntry> out = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT time_us, actor, action, target, status FROM audit_log ORDER BY time_us DESC, id DESC LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                out.add(
                    new AuditEntry(
                        EpochMicros.toInstant(rows.getLong(1)),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getInt(5)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public String secret(String name) {
    Arguments.requireNonBlank(name, "name");
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return store.write(
        "read the store secret " + name,
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO store_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
            insert.setString(1, name);
            insert.setString(2, HexFormat.of().formatHex(bytes));
            insert.executeUpdate();
          }
          try (PreparedStatement select =
              c.prepareStatement("SELECT value FROM store_secrets WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
              row.next();
              return row.getString(1);
            }
          }
        });
  }

  @Override
  public void putPendingErasure(PendingErasure erasure) {
    store.write("record a pending erasure", c -> insertPendingErasure(c, erasure));
  }

  /** Records {@code erasure} inside the caller's transaction. */
  static int insertPendingErasure(Connection c, PendingErasure erasure) throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO pending_erasures (user_hash, time_us) VALUES (?, ?)"
                + " ON CONFLICT (user_hash) DO UPDATE SET time_us = excluded.time_us")) {
      upsert.setString(1, erasure.userHash());
      upsert.setLong(2, EpochMicros.of(erasure.time()));
      return upsert.executeUpdate();
    }
  }

  @Override
  public List<PendingErasure> pendingErasures() {
    return store.read(
        "read pending erasures",
        c -> {
          List<PendingErasure> out = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT user_hash, time_us FROM pending_erasures ORDER BY time_us, user_hash");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              out.add(
                  new PendingErasure(rows.getString(1), EpochMicros.toInstant(rows.getLong(2))));
            }
          }
          return out;
        });
  }

  @Override
  public int clearErasuresBefore(Instant time) {
    return store.write(
        "clear pending erasures",
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM pending_erasures WHERE time_us < ?")) {
            delete.setLong(1, EpochMicros.of(time));
            return delete.executeUpdate();
          }
        });
  }

  private static List<StoredKey> keys(Connection c, String sql, String param) throws SQLException {
    List<StoredKey> out = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      if (param != null) {
        select.setString(1, param);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          out.add(
              new StoredKey(
                  rows.getString("id"),
                  rows.getString("hash"),
                  rows.getString("role"),
                  rows.getString("label"),
                  EpochMicros.toInstant(rows.getLong("created_us")),
                  rows.getInt("revoked") == 1));
        }
      }
    }
    return out;
  }
}
