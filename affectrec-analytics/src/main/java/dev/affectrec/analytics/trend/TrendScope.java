package dev.affectrec.analytics.trend;

import dev.affectrec.api.InputException;
import java.util.Arrays;
import java.util.Locale;

/** What a trend covers: one item, one category, one user segment, or all reviews. */
public enum TrendScope {
  ITEM,
  CATEGORY,
  SEGMENT,
  ALL;

  /** Lower-case wire name, for example {@code item}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The scope with this wire name.
   *
   * @throws InputException naming the value and the valid ones
   */
  public static TrendScope parse(String raw) {
    return Arrays.stream(values())
        .filter(s -> s.wireName().equals(raw))
        .findFirst()
        .orElseThrow(
            () ->
                new InputException(
                    "scope must be one of item, category, segment, all but was '" + raw + "'"));
  }
}
