package dev.affectrec.analytics.trend;

import dev.affectrec.api.InputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

/** The resolution of a trend: UTC days, ISO weeks (starting Monday) or calendar months. */
public enum TrendBucket {
  DAY,
  WEEK,
  MONTH;

  /** Lower-case wire name, for example {@code week}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The first day of the bucket holding {@code time}. */
  public LocalDate start(Instant time) {
    LocalDate day = LocalDate.ofInstant(time, ZoneOffset.UTC);
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The first day of the bucket after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }

  /**
   * The bucket with this wire name.
   *
   * @throws InputException naming the value and the valid ones
   */
  public static TrendBucket parse(String raw) {
    return Arrays.stream(values())
        .filter(b -> b.wireName().equals(raw))
        .findFirst()
        .orElseThrow(
            () ->
                new InputException("bucket must be one of day, week, month but was '" + raw + "'"));
  }
}
