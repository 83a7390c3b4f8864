package dev.affectrec.serving.access;

import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.StoredKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates, checks and revokes API keys. Keys are stored as hashes; a key is shown once, when
 * created. Successful look-ups are cached for {@link #CACHE_MILLIS} so that authentication costs
 * one hash per request; a revocation through this service takes effect at once, one made by another
 * process within the cache time. Thread-safe.
 */
public final class KeyService {
  /** How long a successful look-up is trusted without asking the store again. */
  public static final long CACHE_MILLIS = 30_000;

  private final AccessStore store;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

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
    String hash = ApiKeys.hash(presented);
    long now = clock.millis();
    Cached cached = cache.get(hash);
    if (cached != null && now - cached.at < CACHE_MILLIS) {
      return Optional.of(cached.principal);
    }
    Optional<Principal> principal =
        store
            .keyByHash(hash)
            .filter(k -> !k.revoked())
            .flatMap(k -> Role.fromWireName(k.role()).map(role -> new Principal(k.id(), role)));
    principal.ifPresentOrElse(p -> cache.put(hash, new Cached(p, now)), () -> cache.remove(hash));
    return principal;
  }

  /** Every key (without hashes' secrets: only ids, roles, labels and state), oldest first. */
  public List<StoredKey> list() {
    return store.keys();
  }

  /** Revokes a key; takes effect at once in this process. @return whether it existed */
  public boolean revoke(String id) {
    boolean existed = store.revokeKey(id);
    cache.values().removeIf(c -> c.principal.keyId().equals(id));
    return existed;
  }

  private record Cached(Principal principal, long at) {}
}
