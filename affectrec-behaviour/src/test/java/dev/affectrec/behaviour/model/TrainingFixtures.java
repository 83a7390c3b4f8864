package dev.affectrec.behaviour.model;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.behaviour.features.Feature;
import dev.affectrec.behaviour.features.SessionFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic labelled sessions for model tests. */
public final class TrainingFixtures {
  private TrainingFixtures() {}

  /** Sessions with returns are negative, with purchases positive, the rest neutral. */
  public static List<LabelledSession> synthetic(int n, long seed) {
    Random random = new Random(seed);
    List<LabelledSession> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] v = new double[Feature.values().length];
      v[Feature.EVENT_COUNT.ordinal()] = 1 + random.nextInt(20);
      v[Feature.HOUR_OF_DAY.ordinal()] = random.nextInt(24);
      v[Feature.DAY_OF_WEEK.ordinal()] = 1 + random.nextInt(7);
      int kind = i % 3;
      v[Feature.RETURNS.ordinal()] = kind == 0 ? 1 : 0;
      v[Feature.PURCHASES.ordinal()] = kind == 1 ? 1 : 0;
      Polarity label =
          kind == 0 ? Polarity.NEGATIVE : kind == 1 ? Polarity.POSITIVE : Polarity.NEUTRAL;
      out.add(new LabelledSession("u" + (i % 10), new SessionFeatures(v), label));
    }
    return out;
  }
}
