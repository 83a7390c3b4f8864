package dev.affectrec.serving.access;

import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.StoredKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Creates, checks and revokes API keys. Keys are stored as hashes; a key is shown once, when
 * created. Every authentication reads the key's row (one indexed look-up by hash), with no cache,
 * so a revocation takes effect on the next request, whichever process made it (the CLI, another
 * server on the same store). Thread-safe.
 */
public final class KeyService {
  private final AccessStore store;
  private final Clock clock;

  /** A service over {@code store}. */
  public KeyService(AccessStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The result of creating a key: the key itself (shown once), its id and role. */
  public record CreatedKey(String key, String id, Role role, String label) {}

  /** Creates and stores a new key. */
  public CreatedKey create(Role role, String label) {
    String key = ApiKeys.generate();
    store.putKey(
        new StoredKey(
            ApiKeys.id(key), ApiKeys.hash(key), role.wireName(), label, clock.instant(), false));
    return new CreatedKey(key, ApiKeys.id(key), role, label == null ? "" : label);
  }

  /**
   * Makes sure an admin key with exactly this value exists (for {@code
   * AFFECTREC_BOOTSTRAP_ADMIN_KEY}). Does nothing when it exists already.
   */
  public void bootstrapAdmin(String key) {
    if (store.keyByHash(ApiKeys.hash(key)).isEmpty()) {
      store.putKey(
          new StoredKey(
              ApiKeys.id(key),
              ApiKeys.hash(key),
              Role.ADMIN.wireName(),
              "bootstrap",
              clock.instant(),
              false));
    }
  }

  /** The caller a presented key belongs to, or empty when it is unknown or revoked. */
  public Optional<Principal> authenticate(String presented) {
    if (presented == null || presented.isEmpty() || presented.length() > 512) {
      return Optional.empty();
    }
    return store
        .keyByHash(ApiKeys.hash(presented))
        .filter(k -> !k.revoked())
        .flatMap(k -> Role.fromWireName(k.role()).map(role -> new Principal(k.id(), role)));
  }

  /** Every key (without hashes' secrets: only ids, roles, labels and state), oldest first. */
  public List<StoredKey> list() {
    return store.keys();
  }

  /** Revokes a key; takes effect on the next request everywhere. @return whether it existed */
  public boolean revoke(String id) {
    return store.revokeKey(id);
  }
}
