package dev.affectrec.recommend.model;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.api.recommend.Recommender;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.TopK;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A trained, immutable model that scores every item in its catalogue for a user. Higher scores are
 * better; scores are comparable only within one user. Unknown users are ranked by popularity
 * (training interaction counts). Thread-safe: all state is final and never modified.
 */
public abstract class ScoringModel implements Recommender {
  private final IdIndex users;
  private final IdIndex items;
  private final float[] popularity;
  private final Provenance provenance;

  /**
   * @param users the training users, never null
   * @param items the catalogue, never null
   * @param popularity one non-negative count per item, the fallback for unknown users
   * @param provenance never null
   */
  protected ScoringModel(IdIndex users, IdIndex items, float[] popularity, Provenance provenance) {
    this.users = Objects.requireNonNull(users, "users is required");
    this.items = Objects.requireNonNull(items, "items is required");
    this.popularity = Objects.requireNonNull(popularity, "popularity is required");
    this.provenance = Objects.requireNonNull(provenance, "provenance is required");
    if (popularity.length != items.size()) {
      throw new IllegalArgumentException(
          "popularity has " + popularity.length + " entries for " + items.size() + " items");
    }
  }

  /** The users seen in training, in index order. */
  public final IdIndex users() {
    return users;
  }

  /** The items this model can score, in index order. */
  public final IdIndex items() {
    return items;
  }

  /** Where this model came from. */
  public final Provenance provenance() {
    return provenance;
  }

  /** The training interaction count of each item. Do not modify. */
  protected final float[] popularity() {
    return popularity;
  }

  /**
   * Writes a score for every item for the known user {@code user} into {@code out}.
   *
   * @param user a user index in {@code [0, users().size())}
   * @param out length {@code items().size()}, overwritten
   */
  public abstract void scoreUser(int user, float[] out);

  /**
   * Fold-in: writes scores for a user described only by a history, without retraining. Items are
   * indices into {@link #items()}; values are the interaction strengths.
   *
   * @param historyItems item indices, distinct, never null (may be empty)
   * @param historyValues strengths aligned with {@code historyItems}
   * @param out length {@code items().size()}, overwritten
   */
  public abstract void scoreHistory(int[] historyItems, float[] historyValues, float[] out);

  /**
   * Whether {@link #scoreHistory} is a weighted sum of one row per history item, so that scores can
   * be updated in place with {@link #addHistoryItem} when one item's strength changes. False unless
   * a model overrides it.
   */
  public boolean linearInHistory() {
    return false;
  }

  /**
   * For a model {@link #linearInHistory}: adds to {@code out} what changing item {@code item}'s
   * strength in the history by {@code delta} adds to the scores {@link #scoreHistory} writes (up to
   * float rounding).
   *
   * @param item an item index
   * @param delta the change of its strength (negative to remove it)
   * @param out length {@code items().size()}, updated in place
   * @throws UnsupportedOperationException when the model is not linear in the history
   */
  public void addHistoryItem(int item, float delta, float[] out) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not score a history as a sum of item rows");
  }

  /**
   * The best {@code k} items for the known user {@code user}: by contract exactly {@code
   * TopK.select} over the scores {@link #scoreUser} writes (same items, scores and tie order).
   * Models with a faster exact path override it.
   *
   * @param user a user index in {@code [0, users().size())}
   * @param k at least 1
   * @param exclude item indices never selected, or null for none
   */
  public Ranking topK(int user, int k, BitSet exclude) {
    float[] scores = new float[items.size()];
    scoreUser(user, scores);
    return TopK.select(scores, k, exclude);
  }

  /**
   * Fold-in top-k: exactly {@code TopK.select} over the scores {@link #scoreHistory} writes. Models
   * with a faster exact path override it.
   *
   * @param historyItems item indices, distinct, never null
   * @param historyValues strengths aligned with {@code historyItems}
   * @param k at least 1
   * @param exclude item indices never selected, or null for none
   */
  protected Ranking topKForHistory(
      int[] historyItems, float[] historyValues, int k, BitSet exclude) {
    float[] scores = new float[items.size()];
    scoreHistory(historyItems, historyValues, scores);
    return TopK.select(scores, k, exclude);
  }

  /** Writes this model and its provenance to {@code file}, replacing it. */
  public abstract void save(Path file) throws IOException;

  /** {@inheritDoc} Unknown users get the most popular items. */
  @Override
  public List<ScoredItem> recommend(String user, int k, Set<String> exclude) {
    Objects.requireNonNull(exclude, "exclude is required");
    requirePositive(k);
    int index = users.indexOf(user);
    if (index >= 0) {
      return toScored(topK(index, k, toBits(exclude)));
    }
    return toScored(TopK.select(popularity, k, toBits(exclude)));
  }

  /**
   * Fold-in recommendation for a user given by history: item id to strength. Items outside the
   * catalogue are ignored; the history's items are excluded from the result.
   *
   * @param history never null; an empty history gets the most popular items
   * @param k at least 1
   * @param exclude further item ids to exclude, never null
   */
  public List<ScoredItem> recommendForHistory(
      Map<String, Float> history, int k, Set<String> exclude) {
    Objects.requireNonNull(history, "history is required");
    Objects.requireNonNull(exclude, "exclude is required");
    requirePositive(k);
    int[] idx = new int[history.size()];
    float[] val = new float[history.size()];
    int n = 0;
    for (Map.Entry<String, Float> entry : history.entrySet()) {
      int item = items.indexOf(entry.getKey());
      if (item >= 0) {
        idx[n] = item;
        val[n++] = entry.getValue();
      }
    }
    BitSet excluded = toBits(exclude);
    for (int i = 0; i < n; i++) {
      excluded.set(idx[i]);
    }
    if (n == 0) {
      return toScored(TopK.select(popularity, k, excluded));
    }
    return toScored(
        topKForHistory(
            java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n), k, excluded));
  }

  private BitSet toBits(Set<String> exclude) {
    BitSet bits = new BitSet(items.size());
    for (String id : exclude) {
      int item = items.indexOf(id);
      if (item >= 0) {
        bits.set(item);
      }
    }
    return bits;
  }

  private List<ScoredItem> toScored(Ranking ranking) {
    List<ScoredItem> out = new ArrayList<>(ranking.size());
    for (int n = 0; n < ranking.size(); n++) {
      float score = ranking.scores()[n];
      if (Float.isFinite(score)) {
        out.add(ScoredItem.of(items.id(ranking.items()[n]), score));
      }
    }
    return out;
  }

  private static void requirePositive(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was " + k);
    }
  }
}
