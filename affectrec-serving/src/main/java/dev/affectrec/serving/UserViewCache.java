package dev.affectrec.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Each user's {@link UserView} (fused emotional state, recent reviews, latest text) for {@code ttl}
 * after it was read, in a size-bounded cache: when {@code maxUsers} views are held the least
 * valuable are evicted one by one instead of all at once. A view read without the user's latest
 * text does not answer a request that needs it. Thread-safe.
 */
final class UserViewCache {
  private record Cached(UserView view, boolean readText) {}

  private final Cache<String, Cached> views;

  /**
   * @param ttl how long a view answers, at least 0
   * @param maxUsers how many users' views are kept, at least 1
   */
  UserViewCache(Duration ttl, int maxUsers) {
    if (ttl.isNegative() || maxUsers < 1) {
      throw new IllegalArgumentException(
          "ttl must be >= 0 and maxUsers >= 1 but were " + ttl + ", " + maxUsers);
    }
    this.views = Caffeine.newBuilder().maximumSize(maxUsers).expireAfterWrite(ttl).build();
  }

  /**
   * The cached view of {@code user}, or a fresh one from {@code read} (then cached) when there is
   * none, it expired, or {@code needText} and it was read without the latest text.
   */
  UserView get(String user, boolean needText, Supplier<UserView> read) {
    Cached cached = views.getIfPresent(user);
    if (cached != null && (!needText || cached.view().latestText() != null || cached.readText())) {
      return cached.view();
    }
    UserView fresh = read.get();
    views.put(user, new Cached(fresh, needText));
    return fresh;
  }

  /** Drops the view of {@code user}, so the next request reads it afresh. */
  void invalidate(String user) {
    views.invalidate(user);
  }

  /** Drops every view (a new model is in service). */
  void invalidateAll() {
    views.invalidateAll();
  }
}
