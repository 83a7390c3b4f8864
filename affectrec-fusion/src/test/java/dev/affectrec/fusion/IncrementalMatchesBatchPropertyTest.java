package dev.affectrec.fusion;

import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The O(1) incremental updater agrees with the batch fusion on any readings in any order. */
class IncrementalMatchesBatchPropertyTest {
  private static final FusionConfig CONFIG = FusionConfig.defaults();

  @Property(tries = 300)
  void foldingInAnyOrderEqualsBatch(
      @ForAll("readings") List<EmotionReading> readings,
      @ForAll @IntRange(min = 0, max = 200_000) int secondsAfterNewest) {
    FusionAccumulator acc = FusionAccumulator.empty("u1", CONFIG);
    Instant newest = Readings.T0;
    for (EmotionReading reading : readings) {
      acc = acc.add(reading);
      newest = reading.time().isAfter(newest) ? reading.time() : newest;
    }
    Instant at = newest.plusSeconds(secondsAfterNewest);
    StateAssertions.assertSameState(acc.stateAt(at), LateFusion.fuse("u1", readings, at, CONFIG));
  }

  @Provide
  Arbitrary<List<EmotionReading>> readings() {
    Arbitrary<Modality> modality = Arbitraries.of(Modality.TEXT, Modality.BEHAVIOUR, Modality.FACE);
    Arbitrary<double[]> scores =
        Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(7);
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, 3 * 24 * 3600);
    Arbitrary<Double> confidence = Arbitraries.doubles().between(0, 1);
    Arbitrary<EmotionReading> reading =
        Combinators.combine(modality, scores, offset, confidence)
            .as((m, s, o, c) -> Readings.of(m, distribution(s), Readings.T0.plusSeconds(o), c));
    return reading.list().ofMaxSize(25).map(ArrayList::new);
  }

  private static EmotionDistribution distribution(double[] scores) {
    double sum = 0;
    for (double s : scores) {
      sum += s;
    }
    return sum > 0 ? EmotionDistribution.normalised(scores) : EmotionDistribution.UNIFORM;
  }
}
