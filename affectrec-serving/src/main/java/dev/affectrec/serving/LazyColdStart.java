package dev.affectrec.serving;

import dev.affectrec.hybrid.coldstart.ColdStartRecommender;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A served model's {@link ColdStartRecommender}, built on first use: only users the model cannot
 * serve from their history (and items without co-occurrence neighbours) need it, and building it
 * reads the whole catalogue's texts and review readings, which a command answering one user with
 * history should not pay for. Items added before the build are kept and applied to it, so {@link
 * #withItem} behaves as on a built recommender. Immutable as seen from outside (a change gives a
 * new instance; instances share the one build); thread-safe.
 */
final class LazyColdStart {
  private final Build base;
  private final Map<String, String> added;
  private volatile ColdStartRecommender built;

  private LazyColdStart(Build base, Map<String, String> added, ColdStartRecommender built) {
    this.base = base;
    this.added = added;
    this.built = built;
  }

  /** A recommender that {@code build} makes on the first {@link #get}, at most once. */
  static LazyColdStart of(Supplier<ColdStartRecommender> build) {
    return new LazyColdStart(
        new Build(Objects.requireNonNull(build, "build is required")), Map.of(), null);
  }

  /** An already built recommender. */
  static LazyColdStart built(ColdStartRecommender recommender) {
    Objects.requireNonNull(recommender, "recommender is required");
    return new LazyColdStart(new Build(() -> recommender), Map.of(), recommender);
  }

  /** The recommender, built now when this is its first use. */
  ColdStartRecommender get() {
    ColdStartRecommender r = built;
    if (r == null) {
      synchronized (this) {
        r = built;
        if (r == null) {
          r = base.get();
          for (Map.Entry<String, String> item : added.entrySet()) {
            r = r.withItem(item.getKey(), item.getValue());
          }
          built = r;
        }
      }
    }
    return r;
  }

  /** Whether this instance's recommender has been built. */
  boolean isBuilt() {
    return built != null;
  }

  /** The same with {@code item} described by {@code text} added or replaced, built or not. */
  LazyColdStart withItem(String item, String text) {
    ColdStartRecommender r = built;
    if (r != null) {
      return built(r.withItem(item, text));
    }
    Map<String, String> more = new LinkedHashMap<>(added);
    more.put(item, text);
    return new LazyColdStart(base, Collections.unmodifiableMap(more), null);
  }

  /** The shared base build: runs its supplier once. */
  private static final class Build {
    private final Supplier<ColdStartRecommender> supplier;
    private ColdStartRecommender value; // guarded by this

    Build(Supplier<ColdStartRecommender> supplier) {
      this.supplier = supplier;
    }

    synchronized ColdStartRecommender get() {
      if (value == null) {
        value = Objects.requireNonNull(supplier.get(), "the cold-start build gave null");
      }
      return value;
    }
  }
}
