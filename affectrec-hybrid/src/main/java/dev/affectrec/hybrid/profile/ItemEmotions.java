package dev.affectrec.hybrid.profile;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.recommend.data.IdIndex;
import java.util.Map;
import java.util.Objects;

/**
 * The emotional profile of every catalogue item as dense arrays, for fast scoring. Items without
 * readings have valence 0, arousal 0, evidence 0 and top emotion NEUTRAL. Immutable, thread-safe.
 */
public final class ItemEmotions {
  private final float[] valence;
  private final float[] arousal;
  private final int[] readings;
  private final byte[] top;
  private final double prior;

  /**
   * @param valence mean valence per item, each in [-1, 1]
   * @param arousal mean arousal per item, each in [0, 1]
   * @param readings reading count per item, each at least 0
   * @param top top emotion ordinal per item
   * @param prior pseudo-count that shrinks reputation towards 0, at least 0
   */
  public ItemEmotions(float[] valence, float[] arousal, int[] readings, byte[] top, double prior) {
    this.valence = Objects.requireNonNull(valence, "valence is required");
    this.arousal = Objects.requireNonNull(arousal, "arousal is required");
    this.readings = Objects.requireNonNull(readings, "readings is required");
    this.top = Objects.requireNonNull(top, "top is required");
    Arguments.requireInRange(prior, 0, Double.MAX_VALUE, "prior");
    this.prior = prior;
    int n = valence.length;
    if (arousal.length != n || readings.length != n || top.length != n) {
      throw new IllegalArgumentException("item emotion arrays differ in length");
    }
  }

  /** No readings for any of {@code items} items. */
  public static ItemEmotions none(int items) {
    return new ItemEmotions(new float[items], new float[items], new int[items], neutral(items), 3);
  }

  /**
   * Arrays over {@code items} from profiles keyed by item id; profiles of unknown items are
   * ignored.
   *
   * @param prior reputation pseudo-count, at least 0 (3 is a good default)
   */
  public static ItemEmotions of(
      IdIndex items, Map<String, ItemEmotionProfile> profiles, double prior) {
    int n = items.size();
    float[] v = new float[n];
    float[] a = new float[n];
    int[] c = new int[n];
    byte[] t = neutral(n);
    profiles.forEach(
        (id, p) -> {
          int i = items.indexOf(id);
          if (i >= 0 && p.readings() > 0) {
            v[i] = (float) p.meanValence();
            a[i] = (float) p.meanArousal();
            c[i] = p.readings();
            t[i] = (byte) p.emotions().top().ordinal();
          }
        });
    return new ItemEmotions(v, a, c, t, prior);
  }

  private static byte[] neutral(int n) {
    byte[] t = new byte[n];
    java.util.Arrays.fill(t, (byte) Emotion.NEUTRAL.ordinal());
    return t;
  }

  /** The number of items. */
  public int size() {
    return valence.length;
  }

  /** Mean valence of {@code item}, in [-1, 1]. */
  public double valence(int item) {
    return valence[item];
  }

  /** Mean arousal of {@code item}, in [0, 1]. */
  public double arousal(int item) {
    return arousal[item];
  }

  /** Readings of {@code item}, at least 0. */
  public int readings(int item) {
    return readings[item];
  }

  /** The most likely emotion of {@code item}'s reviews. */
  public Emotion top(int item) {
    return Emotion.ofIndex(top[item]);
  }

  /** How much the profile is backed by data: {@code n / (n + prior)}, in [0, 1). */
  public double evidence(int item) {
    return readings[item] / (readings[item] + prior + 1e-12);
  }

  /**
   * Emotional reputation: mean valence shrunk towards 0 by the prior, {@code valence * n / (n +
   * prior)}, in [-1, 1].
   */
  public double reputation(int item) {
    return valence[item] * evidence(item);
  }

  /** The reputation pseudo-count. */
  public double prior() {
    return prior;
  }

  /** The raw arrays (copies) for saving: valence, arousal. */
  public float[][] floats() {
    return new float[][] {valence.clone(), arousal.clone()};
  }

  /** Reading counts and top emotions as ints (copies), for saving. */
  public int[][] ints() {
    int[] t = new int[top.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = top[i];
    }
    return new int[][] {readings.clone(), t};
  }

  /** Rebuilds from {@link #floats()} and {@link #ints()}. */
  public static ItemEmotions fromArrays(float[][] floats, int[][] ints, double prior) {
    byte[] t = new byte[ints[1].length];
    for (int i = 0; i < t.length; i++) {
      t[i] = (byte) ints[1][i];
    }
    return new ItemEmotions(floats[0], floats[1], ints[0], t, prior);
  }
}
