package dev.affectrec.recommend.popular;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.Popularity;
import java.time.Clock;

/** Counts each item's users, optionally decayed by age. Thread-safe. */
public final class PopularTrainer extends ConfiguredTrainer<PopularConfig, PopularModel> {

  /** A trainer with {@code config}, never null. */
  public PopularTrainer(PopularConfig config) {
    super("popular", config);
  }

  @Override
  protected PopularModel fit(InteractionMatrix data, Clock clock) {
    float[] scores;
    if (config.halfLifeDays() == 0) {
      scores = Popularity.counts(data);
    } else {
      scores = new float[data.itemCount()];
      long latest = Long.MIN_VALUE;
      for (long t : data.rowTimes()) {
        latest = Math.max(latest, t);
      }
      double halfLifeSeconds = config.halfLifeDays() * 86_400.0;
      int[] items = data.rowItems();
      long[] times = data.rowTimes();
      for (int p = 0; p < items.length; p++) {
        scores[items[p]] += (float) Math.pow(0.5, (latest - times[p]) / halfLifeSeconds);
      }
    }
    return new PopularModel(data.users(), data.items(), scores, provenance(data, 0, clock));
  }
}
