package dev.affectrec.eval.split;

import dev.affectrec.api.Arguments;
import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random per-user holdout: each user's interactions are shuffled (seeded) and {@code round(fraction
 * * n)} of them go to test, leaving at least one in training.
 *
 * @param fraction the share held out, in (0, 1)
 * @param seed the shuffling seed
 */
public record HoldoutProtocol(double fraction, long seed) implements SplitProtocol {

  /** Validates the fraction. */
  public HoldoutProtocol {
    Arguments.requireInRange(fraction, Double.MIN_VALUE, 1 - 1e-9, "fraction");
  }

  @Override
  public String name() {
    return "holdout";
  }

  @Override
  public List<Split> split(List<Interaction> data) {
    Random random = new Random(seed);
    List<Interaction> train = new ArrayList<>();
    List<Interaction> test = new ArrayList<>();
    for (List<Interaction> events : ByUser.group(data).values()) {
      List<Interaction> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, random);
      int held = (int) Math.min(shuffled.size() - 1, Math.round(fraction * shuffled.size()));
      test.addAll(shuffled.subList(0, held));
      train.addAll(shuffled.subList(held, shuffled.size()));
    }
    return List.of(new Split("holdout", train, test));
  }
}
