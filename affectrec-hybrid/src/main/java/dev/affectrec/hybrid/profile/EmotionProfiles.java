package dev.affectrec.hybrid.profile;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.fusion.FusionAccumulator;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.fusion.profile.ItemProfileConfig;
import dev.affectrec.fusion.profile.ItemProfiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emotional profiles per item, per user and per category, built on affectrec-fusion. Stateless and
 * thread-safe.
 */
public final class EmotionProfiles {
  private EmotionProfiles() {}

  /**
   * One profile per item from the readings of its reviews, as seen at {@code at}.
   *
   * @param readingsByItem item id to its review readings, never null
   */
  public static Map<String, ItemEmotionProfile> items(
      Map<String, ? extends Collection<EmotionReading>> readingsByItem,
      Instant at,
      ItemProfileConfig config) {
    Objects.requireNonNull(readingsByItem, "readingsByItem is required");
    Map<String, ItemEmotionProfile> out = new LinkedHashMap<>();
    readingsByItem.forEach(
        (item, readings) -> out.put(item, ItemProfiles.profile(item, readings, at, config)));
    return out;
  }

  /**
   * One profile per category: the union of its items' readings, keyed by category id.
   *
   * @param categoryOf item id to category id; items without a category are left out
   */
  public static Map<String, ItemEmotionProfile> categories(
      Map<String, ? extends Collection<EmotionReading>> readingsByItem,
      Map<String, String> categoryOf,
      Instant at,
      ItemProfileConfig config) {
    Objects.requireNonNull(categoryOf, "categoryOf is required");
    Map<String, List<EmotionReading>> byCategory = new LinkedHashMap<>();
    readingsByItem.forEach(
        (item, readings) -> {
          String category = categoryOf.get(item);
          if (category != null) {
            byCategory.computeIfAbsent(category, c -> new ArrayList<>()).addAll(readings);
          }
        });
    return items(byCategory, at, config);
  }

  /**
   * The user's time-decayed state at {@code at}: readings are fused by {@link FusionAccumulator}
   * whose half-life is {@code config.halfLife()}. Readings after {@code at} are ignored by the
   * accumulator's rules; with no readings the state is {@link EmotionState#unknown}.
   *
   * @param readings the user's readings, any order, no FUSED readings
   */
  public static EmotionState user(
      String user, Collection<EmotionReading> readings, Instant at, FusionConfig config) {
    Objects.requireNonNull(readings, "readings is required");
    if (readings.isEmpty()) {
      return EmotionState.unknown(user, at);
    }
    List<EmotionReading> sorted = new ArrayList<>(readings);
    sorted.sort(java.util.Comparator.comparing(EmotionReading::time));
    FusionAccumulator acc = FusionAccumulator.empty(user, config);
    for (EmotionReading r : sorted) {
      if (!r.time().isAfter(at)) {
        acc = acc.add(r);
      }
    }
    return acc.stateAt(at).state();
  }
}
