package dev.affectrec.hybrid.score;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/** Maps a time to its time-of-day band and kind of day, in UTC. Stateless and thread-safe. */
public final class ContextBuckets {
  /** The four time-of-day bands. */
  public static final String[] TIME_BANDS = {"night", "morning", "afternoon", "evening"};

  /** The two kinds of day. */
  public static final String[] DAY_KINDS = {"weekday", "weekend"};

  private ContextBuckets() {}

  /** night [0, 6), morning [6, 12), afternoon [12, 18), evening [18, 24) hours UTC. */
  public static String timeBand(Instant time) {
    Objects.requireNonNull(time, "time is required");
    return TIME_BANDS[ZonedDateTime.ofInstant(time, ZoneOffset.UTC).getHour() / 6];
  }

  /** weekend for Saturday and Sunday UTC, weekday otherwise. */
  public static String dayKind(Instant time) {
    Objects.requireNonNull(time, "time is required");
    DayOfWeek day = ZonedDateTime.ofInstant(time, ZoneOffset.UTC).getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DAY_KINDS[1] : DAY_KINDS[0];
  }
}
