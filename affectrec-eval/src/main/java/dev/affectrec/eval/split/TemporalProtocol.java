package dev.affectrec.eval.split;

import dev.affectrec.api.Arguments;
import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Temporal split. With {@code lastN > 0}, each user's latest {@code lastN} interactions go to test
 * (users keep at least one in training). With {@code lastN == 0}, one global cut: the latest {@code
 * fraction} of all interactions by time go to test.
 *
 * @param lastN per-user test size, at least 0
 * @param fraction the global test share in (0, 1), used when {@code lastN == 0}
 */
public record TemporalProtocol(int lastN, double fraction) implements SplitProtocol {

  /** Validates the settings. */
  public TemporalProtocol {
    Arguments.requireAtLeast(lastN, 0, "lastN");
    Arguments.requireInRange(fraction, Double.MIN_VALUE, 1 - 1e-9, "fraction");
  }

  @Override
  public String name() {
    return "temporal";
  }

  @Override
  public List<Split> split(List<Interaction> data) {
    Comparator<Interaction> byTime = Comparator.comparingLong(Interaction::time);
    List<Interaction> train = new ArrayList<>();
    List<Interaction> test = new ArrayList<>();
    if (lastN > 0) {
      for (List<Interaction> events : ByUser.group(data).values()) {
        List<Interaction> sorted = new ArrayList<>(events);
        sorted.sort(byTime);
        int cut = Math.max(1, sorted.size() - lastN);
        train.addAll(sorted.subList(0, cut));
        test.addAll(sorted.subList(cut, sorted.size()));
      }
    } else {
      List<Interaction> sorted = new ArrayList<>(data);
      sorted.sort(byTime);
      int cut = (int) Math.round(sorted.size() * (1 - fraction));
      train.addAll(sorted.subList(0, cut));
      test.addAll(sorted.subList(cut, sorted.size()));
    }
    return List.of(new Split("temporal", train, test));
  }
}
