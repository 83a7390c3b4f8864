package dev.affectrec.store.jdbc;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.EventType;
import dev.affectrec.store.DailyEventCount;
import dev.affectrec.store.ItemCount;
import dev.affectrec.store.TopEmotionCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grouped counts for dashboards, in SQL that runs unchanged on SQLite and PostgreSQL (integer
 * division of {@code BIGINT} microseconds gives the UTC day; {@code GROUP BY} by position).
 * Stateless.
 */
final class SummaryRows {
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  /** The most probable emotion of a reading row, ties to the earlier emotion, as its index. */
  static final String TOP_EMOTION = topEmotionCase();

  private SummaryRows() {}

  /** Events per UTC day and type with {@code from <= time < to}, ordered by day then type. */
  static Optional<Instant> newestEventTime(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT MAX(time_us) FROM events");
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      long micros = row.getLong(1);
      return row.wasNull() ? Optional.empty() : Optional.of(EpochMicros.toInstant(micros));
    }
  }

  static List<DailyEventCount> eventsPerDay(Connection connection, Instant from, Instant to)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT time_us / "
                + MICROS_PER_DAY
                + ", type, COUNT(*) FROM events WHERE time_us >= ? AND time_us < ?"
                + " GROUP BY 1, 2 ORDER BY 1, 2")) {
      query.setLong(1, EpochMicros.of(from));
      query.setLong(2, EpochMicros.of(to));
      List<DailyEventCount> out = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.add(
              new DailyEventCount(
                  LocalDate.ofEpochDay(row.getLong(1)), row.getString(2), row.getLong(3)));
        }
      }
      return out;
    }
  }

  /** Events of {@code types} at or after {@code since} per item, most first, ties by item. */
  static List<ItemCount> itemCountsSince(
      Connection connection, Instant since, Set<EventType> types, int limit) throws SQLException {
    String placeholders = String.join(", ", Collections.nCopies(types.size(), "?"));
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT item_id, COUNT(*) FROM events WHERE time_us >= ? AND item_id IS NOT NULL"
                + " AND type IN ("
                + placeholders
                + ") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT "
                + limit)) {
      query.setLong(1, EpochMicros.of(since));
      int i = 2;
      for (EventType type : types) {
        query.setString(i++, type.wireName());
      }
      List<ItemCount> out = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.add(new ItemCount(row.getString(1), row.getLong(2)));
        }
      }
      return out;
    }
  }

  /** Readings about users at or after {@code since}, counted by modality and top emotion. */
  static List<TopEmotionCount> topEmotionCounts(Connection connection, Instant since)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT modality, "
                + TOP_EMOTION
                + ", COUNT(*) FROM emotion_readings WHERE subject_kind = 'USER' AND time_us >= ?"
                + " GROUP BY 1, 2 ORDER BY 1, 2")) {
      query.setLong(1, EpochMicros.of(since));
      List<TopEmotionCount> out = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.add(
              new TopEmotionCount(
                  Modality.valueOf(row.getString(1)),
                  Emotion.ofIndex(row.getInt(2)),
                  row.getLong(3)));
        }
      }
      out.sort(
          Comparator.comparing(TopEmotionCount::modality).thenComparing(TopEmotionCount::emotion));
      return out;
    }
  }

  /**
   * {@code CASE WHEN p_anger > nothing earlier AND p_anger >= every later THEN 0 ... ELSE 6 END}:
   * strictly greater than earlier columns and at least every later one, like {@code
   * EmotionDistribution.top()}.
   */
  private static String topEmotionCase() {
    Emotion[] emotions = Emotion.values();
    StringBuilder sql = new StringBuilder("CASE");
    for (int k = 0; k < emotions.length - 1; k++) {
      List<String> conditions = new ArrayList<>();
      for (int j = 0; j < emotions.length; j++) {
        if (j != k) {
          conditions.add(column(emotions[k]) + (j < k ? " > " : " >= ") + column(emotions[j]));
        }
      }
      sql.append(" WHEN ").append(String.join(" AND ", conditions)).append(" THEN ").append(k);
    }
    return sql.append(" ELSE ").append(emotions.length - 1).append(" END").toString();
  }

  private static String column(Emotion emotion) {
    return "p_" + emotion.wireName();
  }
}
