package dev.affectrec.emotion.text.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/** De-duplication, seeded dev splits and subsampling. Stateless. */
public final class Splits {
  private Splits() {}

  /** Keeps the first example of every distinct (trimmed) text, in input order. */
  public static List<Example> distinctTexts(List<Example> examples) {
    return distinctBy(examples, Example::text);
  }

  /** Keeps the first item of every distinct (trimmed) {@code text(item)}, in input order. */
  public static <T> List<T> distinctBy(List<T> items, Function<T, String> text) {
    Map<String, T> seen = new LinkedHashMap<>();
    for (T item : items) {
      seen.putIfAbsent(text.apply(item).strip(), item);
    }
    return new ArrayList<>(seen.values());
  }

  /** Drops examples whose trimmed text is in {@code banned}. */
  public static List<Example> without(List<Example> examples, Set<String> banned) {
    List<Example> kept = new ArrayList<>();
    for (Example e : examples) {
      if (!banned.contains(e.text().strip())) {
        kept.add(e);
      }
    }
    return kept;
  }

  /**
   * Shuffles with {@code seed} and returns [train, dev] with {@code devFraction} of the examples in
   * dev.
   */
  public static <T> List<List<T>> trainDev(List<T> examples, double devFraction, long seed) {
    List<T> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(seed));
    int dev = (int) Math.round(shuffled.size() * devFraction);
    return List.of(
        List.copyOf(shuffled.subList(dev, shuffled.size())), List.copyOf(shuffled.subList(0, dev)));
  }

  /** At most {@code max} examples, a seeded random subset in original order when cut. */
  public static List<Example> subsample(List<Example> examples, int max, long seed) {
    if (examples.size() <= max) {
      return examples;
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(seed));
    List<Integer> keep = new ArrayList<>(idx.subList(0, max));
    Collections.sort(keep);
    List<Example> out = new ArrayList<>(max);
    for (int i : keep) {
      out.add(examples.get(i));
    }
    return out;
  }
}
