package dev.affectrec.bench.recommend;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.bench.ServingLatencyBenchmark;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.factor.FactorModel;
import dev.affectrec.recommend.factor.FoldIn;
import dev.affectrec.recommend.rank.Ranking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Top-10 for one user from a trained factor model over a synthetic catalogue (100,000 items, rank
 * 64 by default, seed 7), excluding 50 already-seen items. Three benchmarks in one run: {@code
 * top10} is the full serving path of {@link FactorModel#recommend} (exact fast path, result
 * records); {@code fastTopK} is the exact fast path alone ({@link FactorModel#topK}); {@code
 * bruteForceTopK} scores every item with the float kernel and selects with the bounded heap ({@link
 * FactorModel#topKBruteForce}), the baseline. SampleTime mode reports percentiles, p99 included.
 */
public class TopKServing extends ServingLatencyBenchmark {
  @Param({"100000"})
  int items;

  @Param({"64"})
  int factors;

  private static final int USERS = 1_000;
  private FactorModel model;
  private Set<String> exclude;
  private BitSet excludeBits;
  private int next;

  /** Builds the random model once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    List<String> userIds = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      userIds.add("u" + u);
    }
    List<String> itemIds = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      itemIds.add("i" + i);
    }
    float[] userFactors = new float[USERS * factors];
    float[] itemFactors = new float[items * factors];
    for (int n = 0; n < userFactors.length; n++) {
      userFactors[n] = (float) random.nextGaussian();
    }
    for (int n = 0; n < itemFactors.length; n++) {
      itemFactors[n] = (float) (random.nextGaussian() * 0.1);
    }
    model =
        new FactorModel(
            IdIndex.of(userIds),
            IdIndex.of(itemIds),
            new float[items],
            new Provenance("synthetic", "bench", Instant.EPOCH, Map.of(), Map.of(), 7, Map.of()),
            factors,
            userFactors,
            itemFactors,
            new float[items],
            new FoldIn(0.1, 1, true),
            false);
    exclude = new HashSet<>();
    excludeBits = new BitSet(items);
    for (int n = 0; n < 50; n++) {
      int item = random.nextInt(items);
      exclude.add("i" + item);
      excludeBits.set(item);
    }
    for (int u = 0; u < USERS; u++) {
      if (!Arrays.equals(
          model.topK(u, 10, excludeBits).items(),
          model.topKBruteForce(u, 10, excludeBits).items())) {
        throw new IllegalStateException("fast top-k differs from brute force for user " + u);
      }
    }
  }

  /** One top-10 request, cycling over users. */
  @Benchmark
  public List<ScoredItem> top10() {
    next = (next + 1) % USERS;
    return model.recommend("u" + next, 10, exclude);
  }

  /** The exact fast path alone, cycling over users. */
  @Benchmark
  public Ranking fastTopK() {
    next = (next + 1) % USERS;
    return model.topK(next, 10, excludeBits);
  }

  /** The baseline: every item scored in float, then the bounded heap. */
  @Benchmark
  public Ranking bruteForceTopK() {
    next = (next + 1) % USERS;
    return model.topKBruteForce(next, 10, excludeBits);
  }
}
