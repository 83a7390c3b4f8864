package dev.affectrec.serving.privacy;

import dev.affectrec.serving.access.Pseudonymiser;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.PendingErasure;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Names erased users by a keyed hash (HMAC-SHA256 under the store's own {@value #SECRET} secret),
 * so a pending erasure can be recorded durably without keeping the id it erases, and matched later
 * against the users of a model trained before it. Thread-safe.
 */
public final class ErasedUsers {
  /** The name of the store secret the hashes are keyed with. */
  public static final String SECRET = "erasure-hash-key";

  private final AccessStore access;
  private final Pseudonymiser hasher;

  private ErasedUsers(AccessStore access, Pseudonymiser hasher) {
    this.access = access;
    this.hasher = hasher;
  }

  /** Hashes under {@code access}'s secret (created on first use), over its pending erasures. */
  public static ErasedUsers of(AccessStore access) {
    Objects.requireNonNull(access, "access is required");
    return new ErasedUsers(access, new Pseudonymiser(access.secret(SECRET)));
  }

  /** The keyed hash recorded for the stored user id {@code user}. */
  public String hash(String user) {
    return hasher.pseudonym(user);
  }

  /**
   * The ids among {@code count} users (read by {@code userAt}) whose erasure is still pending: the
   * users a model trained before their erasure must not serve. Hashes every id only when some
   * erasure is pending.
   */
  public Set<String> pendingAmong(int count, IntFunction<String> userAt) {
    Set<String> hashes = new HashSet<>();
    for (PendingErasure p : access.pendingErasures()) {
      hashes.add(p.userHash());
    }
    Set<String> found = new HashSet<>();
    if (hashes.isEmpty()) {
      return found;
    }
    for (int u = 0; u < count; u++) {
      String user = userAt.apply(u);
      if (hashes.contains(hash(user))) {
        found.add(user);
      }
    }
    return found;
  }
}
