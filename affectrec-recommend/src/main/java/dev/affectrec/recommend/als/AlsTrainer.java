package dev.affectrec.recommend.als;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.factor.FactorModel;
import dev.affectrec.recommend.factor.FoldIn;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.Popularity;
import java.time.Clock;
import java.util.Random;

/** Trains implicit ALS. Thread-safe: every call works on its own arrays. */
public final class AlsTrainer extends ConfiguredTrainer<AlsConfig, FactorModel> {

  /** A trainer with {@code config}, never null. */
  public AlsTrainer(AlsConfig config) {
    super("als", config);
  }

  @Override
  protected FactorModel fit(InteractionMatrix data, Clock clock) {
    AlsState state = initialState(data);
    for (int it = 0; it < config.iterations(); it++) {
      state.sweep();
    }
    return new FactorModel(
        data.users(),
        data.items(),
        Popularity.counts(data),
        provenance(data, config.seed(), clock),
        config.factors(),
        state.userFactors(),
        state.itemFactors(),
        new float[data.itemCount()],
        new FoldIn(
            config.lambda(), config.alpha(), config.binary(), config.weighted(), config.exponent()),
        false);
  }

  /** Random initial factors (uniform in {@code [0, 0.01)}), for training step by step. */
  public AlsState initialState(InteractionMatrix data) {
    Random random = new Random(config.seed());
    int f = config.factors();
    float[] users = new float[data.userCount() * f];
    float[] items = new float[data.itemCount() * f];
    for (int n = 0; n < users.length; n++) {
      users[n] = random.nextFloat() * 0.01f;
    }
    for (int n = 0; n < items.length; n++) {
      items[n] = random.nextFloat() * 0.01f;
    }
    return new AlsState(data, config, users, items);
  }
}
