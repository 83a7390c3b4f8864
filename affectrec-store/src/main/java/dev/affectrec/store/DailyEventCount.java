package dev.affectrec.store;

import dev.affectrec.api.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many events of one type happened on one UTC day.
 *
 * @param day the UTC calendar day, never null
 * @param type the event wire type, never null
 * @param count at least 1 (days without events of a type are absent)
 */
public record DailyEventCount(LocalDate day, String type, long count) {

  /** Checks the fields. */
  public DailyEventCount {
    Objects.requireNonNull(day, "day is required");
    Objects.requireNonNull(type, "type is required");
    Arguments.requireAtLeast(count, 1, "count");
  }
}
