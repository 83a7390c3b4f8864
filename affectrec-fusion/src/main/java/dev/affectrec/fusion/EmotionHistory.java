package dev.affectrec.fusion;

import dev.affectrec.api.emotion.EmotionReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The trajectory of a user's fused state over time, for example for {@code GET
 * /v1/users/{id}/emotion}. Stateless and thread-safe.
 */
public final class EmotionHistory {
  private EmotionHistory() {}

  /**
   * One fused state per distinct reading time, in time order: the state right after every reading
   * at that time is known. O(n log n) for sorting plus O(1) per reading.
   *
   * @param user non-blank
   * @param readings never null, no null elements, no FUSED readings; any order
   * @param config never null
   * @return never null; empty for no readings
   */
  public static List<FusionResult> trajectory(
      String user, List<EmotionReading> readings, FusionConfig config) {
    Objects.requireNonNull(readings, "readings is required");
    List<EmotionReading> sorted = new ArrayList<>(readings);
    sorted.forEach(r -> Objects.requireNonNull(r, "readings must not contain null"));
    sorted.sort(Comparator.comparing(EmotionReading::time));
    FusionAccumulator accumulator = FusionAccumulator.empty(user, config);
    List<FusionResult> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      accumulator = accumulator.add(sorted.get(i));
      boolean lastAtThisTime =
          i + 1 == sorted.size() || sorted.get(i + 1).time().isAfter(sorted.get(i).time());
      if (lastAtThisTime) {
        out.add(accumulator.stateAt(sorted.get(i).time()));
      }
    }
    return List.copyOf(out);
  }
}
