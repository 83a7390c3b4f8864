package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.data.Splits;
import dev.affectrec.emotion.text.data.TextDataset;
import java.util.List;

/** The exact example lists training and the embedding cache agree on. Stateless. */
public final class TrainingSets {
  /**
   * Dev splits scored on a fixed random subset, to bound encoder time on this shared machine:
   * online-shopping's 5,614 long reviews (1,000 kept). The subset depends on no training knob.
   */
  static final java.util.Map<String, Integer> MAX_DEV = java.util.Map.of("online-shopping", 1000);

  private static final long DEV_SEED = 7;

  private TrainingSets() {}

  /**
   * The {@code train} split (capped per {@link TrainConfig#maxTrain()}) or the {@code dev} split.
   */
  public static List<Example> split(TextDataset ds, String split, TrainConfig config) {
    if (split.equals("dev")) {
      Integer devCap = MAX_DEV.get(ds.name());
      return devCap == null ? ds.dev() : Splits.subsample(ds.dev(), devCap, DEV_SEED);
    }
    Integer cap = config.maxTrain().get(ds.name());
    return cap == null ? ds.train() : Splits.subsample(ds.train(), cap, config.seed());
  }
}
