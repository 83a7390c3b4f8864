package dev.affectrec.store.access;

import dev.affectrec.api.emotion.Modality;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * The users whose recorded decision for {@code modality} is a refusal (users without a recorded
   * decision are not listed: the caller applies the default).
   */
  Set<String> usersRefusing(Modality modality);

  /** Appends to the audit log. */
  void appendAudit(AuditEntry entry);

  /**
   * The newest audit entries, newest first.
   *
   * @param limit at least 1
   */
  List<AuditEntry> audit(int limit);

  /**
   * The secret of this name, 256 random bits in hex, created on first use and the same for every
   * process on this store from then on (for keyed hashes that must survive restarts).
   */
  String secret(String name);

  /** Records an erasure (replacing an older record of the same hash). */
  void putPendingErasure(PendingErasure erasure);

  /** The erasures no served model reflects yet, oldest first. */
  List<PendingErasure> pendingErasures();

  /**
   * Deletes the records of erasures before {@code time}: a model trained on data read after them is
   * in service.
   *
   * @return how many were deleted
   */
  int clearErasuresBefore(Instant time);
}
