package dev.affectrec.bench.fusion;

import dev.affectrec.api.emotion.Circumplex;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.bench.MicroBenchmark;
import dev.affectrec.fusion.FusionAccumulator;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.fusion.FusionResult;
import dev.affectrec.fusion.LateFusion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Fusion of 100 readings of three modalities: the batch computation, one O(1) incremental update
 * plus reading the state, and a plain unweighted average of the distributions as the baseline.
 */
public class FusionBenchmark extends MicroBenchmark {
  private static final Modality[] MODALITIES = {Modality.TEXT, Modality.BEHAVIOUR, Modality.FACE};

  private final FusionConfig config = FusionConfig.defaults();
  private List<EmotionReading> readings;
  private FusionAccumulator accumulator;
  private EmotionReading next;
  private Instant at;

  /** 100 random readings over three days, seed 1. */
  @Setup
  public void setUp() {
    Random random = new Random(1);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    readings = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      double[] scores = new double[Emotion.COUNT];
      for (int j = 0; j < scores.length; j++) {
        scores[j] = random.nextDouble();
      }
      EmotionDistribution d = EmotionDistribution.normalised(scores);
      readings.add(
          EmotionReading.derived(
              MODALITIES[i % 3],
              Subject.user("u1"),
              t0.plusSeconds(2600L * i),
              d,
              PolarityScores.NEUTRAL,
              0.5,
              0.2 + 0.8 * random.nextDouble(),
              "bench",
              null));
    }
    at = t0.plusSeconds(2600L * 100);
    FusionAccumulator acc = FusionAccumulator.empty("u1", config);
    for (EmotionReading r : readings.subList(0, 99)) {
      acc = acc.add(r);
    }
    accumulator = acc;
    next = readings.get(99);
  }

  /** Batch fusion of all 100 readings. */
  @Benchmark
  public FusionResult batch100() {
    return LateFusion.fuse("u1", readings, at, config);
  }

  /** Fold the 100th reading into the state of 99 and read the state. */
  @Benchmark
  public FusionResult incrementalOne() {
    return accumulator.add(next).stateAt(at);
  }

  /** Baseline: unweighted mean of the 100 distributions and its valence. */
  @Benchmark
  public double plainAverage100() {
    double[] sum = new double[Emotion.COUNT];
    for (EmotionReading r : readings) {
      double[] p = r.emotions().toArray();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += p[i];
      }
    }
    return Circumplex.valence(EmotionDistribution.normalised(sum));
  }
}
