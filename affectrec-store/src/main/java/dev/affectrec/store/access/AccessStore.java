package dev.affectrec.store.access;

import java.util.List;
import java.util.Optional;

/**
 * Durable storage of API keys, consents and the audit log, in the same database as the events.
 * Writes are durable when the method returns. Thread-safe.
 */
public interface AccessStore {

  /** Stores a new key. @throws dev.affectrec.store.StoreException if its id or hash exists */
  void putKey(StoredKey key);

  /** The key with this hash (revoked or not), or empty. */
  Optional<StoredKey> keyByHash(String hash);

  /** Every key, oldest first. */
  List<StoredKey> keys();

  /** Marks a key revoked. @return whether a key with that id existed */
  boolean revokeKey(String id);

  /** Records (or replaces) a user's decision for one modality. */
  void putConsent(Consent consent);

  /** The user's recorded decisions, one per modality at most, in modality order. */
  List<Consent> consentsOf(String user);

  /** Appends to the audit log. */
  void appendAudit(AuditEntry entry);

  /**
   * The newest audit entries, newest first.
   *
   * @param limit at least 1
   */
  List<AuditEntry> audit(int limit);
}
