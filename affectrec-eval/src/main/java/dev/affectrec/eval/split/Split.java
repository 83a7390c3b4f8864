package dev.affectrec.eval.split;

import dev.affectrec.recommend.data.Interaction;
import java.util.List;

/**
 * One train/test split.
 *
 * @param name for example {@code u1} or {@code holdout}
 * @param train never null
 * @param test never null
 */
public record Split(String name, List<Interaction> train, List<Interaction> test) {

  /** Copies the lists. */
  public Split {
    train = List.copyOf(train);
    test = List.copyOf(test);
  }
}
