package dev.affectrec.store.jdbc;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SQL and row mapping for the {@code emotion_readings} table. The seven probabilities are stored in
 * {@link Emotion} order, one column each. Stateless.
 */
final class ReadingRows {
  private static final String VALUE_COLUMNS =
      "modality, time_us, p_anger, p_disgust, p_fear, p_joy, p_sadness, p_surprise, p_neutral,"
          + " polarity_negative, polarity_neutral, polarity_positive, valence, arousal,"
          + " intensity, confidence, model, source_event_id";

  private ReadingRows() {}

  private static final String INSERT =
      "INSERT INTO emotion_readings (id, subject_kind, subject_id, "
          + VALUE_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static void insert(Connection connection, List<EmotionReading> readings) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (EmotionReading reading : readings) {
        bind(insert, UUID.randomUUID().toString(), reading);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Inserts each reading under its id unless that id exists; returns how many were new. */
  static int insertOnce(Connection connection, Map<String, EmotionReading> readings)
      throws SQLException {
    int inserted = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(INSERT + " ON CONFLICT (id) DO NOTHING")) {
      for (Map.Entry<String, EmotionReading> entry : readings.entrySet()) {
        bind(insert, entry.getKey(), entry.getValue());
        inserted += insert.executeUpdate();
      }
    }
    return inserted;
  }

  private static void bind(PreparedStatement insert, String id, EmotionReading reading)
      throws SQLException {
    int i = 1;
    insert.setString(i++, id);
    insert.setString(i++, reading.subject().kind().name());
    insert.setString(i++, reading.subject().id());
    insert.setString(i++, reading.modality().name());
    insert.setLong(i++, EpochMicros.of(reading.time()));
    for (double p : reading.emotions().toArray()) {
      insert.setDouble(i++, p);
    }
    insert.setDouble(i++, reading.polarity().negative());
    insert.setDouble(i++, reading.polarity().neutral());
    insert.setDouble(i++, reading.polarity().positive());
    insert.setDouble(i++, reading.valence());
    insert.setDouble(i++, reading.arousal());
    insert.setDouble(i++, reading.intensity());
    insert.setDouble(i++, reading.confidence());
    insert.setString(i++, reading.model());
    insert.setString(i, reading.sourceEventId());
  }

  /**
   * The query of {@link #of}: index {@code readings_by_subject_time} (kind, subject, time, id)
   * serves it without a sort, so its cost is the limit, not the subject's reading count.
   */
  static final String NEWEST_OF_SUBJECT =
      "SELECT "
          + VALUE_COLUMNS
          + " FROM emotion_readings WHERE subject_kind = ? AND subject_id = ?"
          + " ORDER BY time_us DESC, id DESC LIMIT ?";

  /** The newest {@code limit} readings about {@code subject}, returned oldest first. */
  static List<EmotionReading> of(Connection connection, Subject subject, int limit)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(NEWEST_OF_SUBJECT)) {
      query.setString(1, subject.kind().name());
      query.setString(2, subject.id());
      query.setInt(3, limit);
      List<EmotionReading> out = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.add(read(row, subject));
        }
      }
      Collections.reverse(out);
      return out;
    }
  }

  /**
   * The newest {@code limit} readings computed from events about {@code item} (joined through their
   * source event), returned oldest first. Each keeps its own subject (the reviewer).
   */
  static List<EmotionReading> aboutItem(Connection connection, String item, int limit)
      throws SQLException {
    String columns = "r." + VALUE_COLUMNS.replace(", ", ", r.");
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT "
                + columns
                + ", r.subject_kind, r.subject_id FROM emotion_readings r"
                + " JOIN events e ON e.id = r.source_event_id WHERE e.item_id = ?"
                + " ORDER BY r.time_us DESC, r.id DESC LIMIT ?")) {
      query.setString(1, item);
      query.setInt(2, limit);
      List<EmotionReading> out = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.add(read(row, subjectOf(row)));
        }
      }
      Collections.reverse(out);
      return out;
    }
  }

  /**
   * The newest {@code limit} readings about each item, as {@link #aboutItem} gives them, in one
   * query: ranked per item by a window function, returned by item, oldest first.
   */
  static Map<String, List<EmotionReading>> aboutItems(Connection connection, int limit)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT "
                + VALUE_COLUMNS
                + ", subject_kind, subject_id, item_id FROM (SELECT r.*, e.item_id,"
                + " ROW_NUMBER() OVER (PARTITION BY e.item_id ORDER BY r.time_us DESC, r.id DESC)"
                + " AS newest FROM emotion_readings r JOIN events e ON e.id = r.source_event_id"
                + " WHERE e.item_id IS NOT NULL) ranked WHERE newest <= ?"
                + " ORDER BY item_id, time_us, id")) {
      query.setInt(1, limit);
      query.setFetchSize(1_000);
      Map<String, List<EmotionReading>> out = new java.util.HashMap<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.computeIfAbsent(row.getString("item_id"), item -> new ArrayList<>())
              .add(read(row, subjectOf(row)));
        }
      }
      return out;
    }
  }

  /** Streams every reading computed from an event (source event id set), oldest first. */
  static void forEachFromEvents(
      Connection connection, int fetchSize, java.util.function.Consumer<EmotionReading> consumer)
      throws SQLException {
    forEachWhere(connection, fetchSize, "source_event_id IS NOT NULL", List.of(), consumer);
  }

  /** Streams every reading of {@code modality} about a user, oldest first. */
  static void forEachOfUsers(
      Connection connection,
      int fetchSize,
      Modality modality,
      java.util.function.Consumer<EmotionReading> consumer)
      throws SQLException {
    forEachWhere(
        connection,
        fetchSize,
        "modality = ? AND subject_kind = ?",
        List.of(modality.name(), Subject.Kind.USER.name()),
        consumer);
  }

  private static void forEachWhere(
      Connection connection,
      int fetchSize,
      String where,
      List<String> arguments,
      java.util.function.Consumer<EmotionReading> consumer)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT "
                + VALUE_COLUMNS
                + ", subject_kind, subject_id FROM emotion_readings WHERE "
                + where
                + " ORDER BY time_us, id")) {
      for (int i = 0; i < arguments.size(); i++) {
        query.setString(i + 1, arguments.get(i));
      }
      query.setFetchSize(fetchSize);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          consumer.accept(read(row, subjectOf(row)));
        }
      }
    }
  }

  private static Subject subjectOf(ResultSet row) throws SQLException {
    return new Subject(
        Subject.Kind.valueOf(row.getString("subject_kind")), row.getString("subject_id"));
  }

  private static EmotionReading read(ResultSet row, Subject subject) throws SQLException {
    int i = 1;
    Modality modality = Modality.valueOf(row.getString(i++));
    long micros = row.getLong(i++);
    double[] p = new double[Emotion.COUNT];
    for (int k = 0; k < p.length; k++) {
      p[k] = row.getDouble(i++);
    }
    PolarityScores polarity =
        new PolarityScores(row.getDouble(i++), row.getDouble(i++), row.getDouble(i++));
    return new EmotionReading(
        modality,
        subject,
        EpochMicros.toInstant(micros),
        EmotionDistribution.of(p),
        polarity,
        row.getDouble(i++),
        row.getDouble(i++),
        row.getDouble(i++),
        row.getDouble(i++),
        row.getString(i++),
        row.getString(i));
  }
}
