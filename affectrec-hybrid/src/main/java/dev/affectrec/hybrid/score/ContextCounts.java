package dev.affectrec.hybrid.score;

import dev.affectrec.api.Arguments;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.ModelWriter;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How often each item was used in each bucket of one context dimension (time band, day kind, device
 * or channel), and the {@link #lift} feature derived from it. Immutable and thread-safe.
 */
public final class ContextCounts {
  /** Pseudo-count that shrinks an item's bucket share towards the global share. */
  public static final double PSEUDO_COUNT = 5;

  private final IdIndex buckets;
  private final int[] counts;
  private final int[] totals;
  private final double[] globalShare;

  private ContextCounts(IdIndex buckets, int[] counts, int[] totals, double[] globalShare) {
    this.buckets = buckets;
    this.counts = counts;
    this.totals = totals;
    this.globalShare = globalShare;
  }

  /** One observation: {@code item} was used in {@code bucket}. */
  public record Observation(String item, String bucket) {
    /** Validates. */
    public Observation {
      Arguments.requireNonBlank(item, "item");
      Arguments.requireNonBlank(bucket, "bucket");
    }
  }

  /**
   * Counts {@code observations} over {@code items}; observations of unknown items are dropped.
   *
   * @param items the catalogue, never null
   * @param observations never null
   */
  public static ContextCounts of(IdIndex items, List<Observation> observations) {
    Objects.requireNonNull(items, "items is required");
    Objects.requireNonNull(observations, "observations is required");
    Set<String> names = new LinkedHashSet<>();
    observations.forEach(o -> names.add(o.bucket()));
    IdIndex buckets = IdIndex.of(names);
    int b = buckets.size();
    int[] counts = new int[items.size() * b];
    int[] totals = new int[items.size()];
    double[] global = new double[b];
    int all = 0;
    for (Observation o : observations) {
      int item = items.indexOf(o.item());
      if (item >= 0) {
        int bucket = buckets.indexOf(o.bucket());
        counts[item * b + bucket]++;
        totals[item]++;
        global[bucket]++;
        all++;
      }
    }
    for (int k = 0; k < b; k++) {
      global[k] = all == 0 ? 0 : global[k] / all;
    }
    return new ContextCounts(buckets, counts, totals, global);
  }

  /** No observations: every lift is 0. */
  public static ContextCounts empty(IdIndex items) {
    return of(items, List.of());
  }

  /**
   * The lift of {@code item} in {@code bucket}: its shrunk share of uses in the bucket over the
   * bucket's global share, minus 1, clamped to [-1, 1]. 0 for an unknown or null bucket.
   */
  public double lift(int item, String bucket) {
    return lift(item, bucket(bucket));
  }

  /** The index of {@code bucket} for {@link #lift(int, int)}, -1 when null or unknown. */
  public int bucket(String bucket) {
    return bucket == null ? -1 : buckets.indexOf(bucket);
  }

  /** {@link #lift(int, String)} with the bucket's index from {@link #bucket}; 0 for -1. */
  public double lift(int item, int k) {
    if (k < 0 || globalShare[k] == 0) {
      return 0;
    }
    return lift(counts[item * buckets.size() + k], totals[item], globalShare[k]);
  }

  /**
   * The pure lift formula: {@code ((inBucket + g * m) / (total + m)) / g - 1} with {@code m =
   * PSEUDO_COUNT}, clamped to [-1, 1].
   *
   * @param globalShare g in (0, 1]
   */
  public static double lift(int inBucket, int total, double globalShare) {
    double share = (inBucket + globalShare * PSEUDO_COUNT) / (total + PSEUDO_COUNT);
    return Math.max(-1, Math.min(1, share / globalShare - 1));
  }

  /** Writes these counts into a model file. */
  public void write(ModelWriter out) throws IOException {
    out.writeIndex(buckets);
    out.writeInts(counts);
    out.writeInts(totals);
    float[] g = new float[globalShare.length];
    for (int k = 0; k < g.length; k++) {
      g[k] = (float) globalShare[k];
    }
    out.writeFloats(g);
  }

  /** Reads counts written by {@link #write}. */
  public static ContextCounts read(ModelReader in) throws IOException {
    IdIndex buckets = in.readIndex();
    int[] counts = in.readInts();
    int[] totals = in.readInts();
    float[] g = in.readFloats();
    double[] global = new double[g.length];
    for (int k = 0; k < g.length; k++) {
      global[k] = g[k];
    }
    return new ContextCounts(buckets, counts, totals, global);
  }
}
