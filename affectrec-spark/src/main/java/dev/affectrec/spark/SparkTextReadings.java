package dev.affectrec.spark;

import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.serving.reading.TextModelHolder;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads the review and search texts that have no reading yet on Spark's executors: each partition
 * reads its texts in batches of {@link #BATCH} with the JVM's shared text model ({@link
 * TextModelHolder}: ONNX Runtime, loaded once per executor and shared by its partitions), and the
 * driver stores the readings through the store API as they arrive, {@link #STORE_BATCH} at a time.
 * The stored reading is the one the service stores ({@link ReviewReadingListener#stored}); users
 * who refused text consent are left out.
 */
final class SparkTextReadings {
  /** Texts per call of the text model. */
  static final int BATCH = 256;

  /** Readings per write to the store. */
  static final int STORE_BATCH = 1_000;

  /** The columns the reader needs. */
  static final String[] COLUMNS = {
    EventColumns.ID, EventColumns.USER, EventColumns.TYPE, EventColumns.TIME, EventColumns.TEXT
  };

  /** The SQL condition of text events without a reading, for a read that PostgreSQL filters. */
  static final String UNREAD_SQL =
      "type IN ('review', 'search') AND text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
          + " emotion_readings r WHERE r.source_event_id = events.id)";

  private SparkTextReadings() {}

  /**
   * Reads the texts of {@code events} ({@link #COLUMNS}) that have no reading in {@code store} and
   * stores their readings.
   *
   * @return the number of readings stored
   */
  static long read(Dataset<Row> events, EventStore store) {
    SparkSession spark = events.sparkSession();
    Set<String> read = new HashSet<>();
    try (EventSnapshot snapshot = store.snapshot()) {
      snapshot.forEachEventReading(r -> read.add(r.sourceEventId()));
    }
    Dataset<Row> readIds =
        spark.createDataset(new ArrayList<>(read), Encoders.STRING()).toDF("source");
    Dataset<Row> unread =
        events
            .filter(
                functions
                    .col(EventColumns.TYPE)
                    .isin("review", "search")
                    .and(functions.trim(functions.col(EventColumns.TEXT)).notEqual("")))
            .join(
                readIds,
                functions.col(EventColumns.ID).equalTo(readIds.col("source")),
                "left_anti");
    Broadcast<Set<String>> refusing =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(new HashSet<>(store.access().usersRefusing(Modality.TEXT)));
    Iterator<TextResult> results =
        unread
            .javaRDD()
            .filter(row -> !refusing.value().contains(row.<String>getAs(EventColumns.USER)))
            .mapPartitions(SparkTextReadings::readPartition)
            .toLocalIterator();
    long stored = 0;
    List<EmotionReading> batch = new ArrayList<>(STORE_BATCH);
    while (results.hasNext()) {
      batch.add(results.next().reading());
      if (batch.size() == STORE_BATCH || !results.hasNext()) {
        store.putReadings(batch);
        stored += batch.size();
        batch.clear();
      }
    }
    return stored;
  }

  /** The readings of one partition's texts, read in batches with the JVM's shared model. */
  private static Iterator<TextResult> readPartition(Iterator<Row> rows) {
    List<TextResult> out = new ArrayList<>();
    List<Row> batch = new ArrayList<>(BATCH);
    TextEmotionRecognizer model = null;
    while (rows.hasNext()) {
      batch.add(rows.next());
      if (batch.size() == BATCH || !rows.hasNext()) {
        if (model == null) {
          model = TextModelHolder.shared().get();
        }
        List<TextEmotionResult> results =
            model.readAll(
                batch.stream().map(r -> r.<String>getAs(EventColumns.TEXT)).toList(),
                Subject.session("ingest"),
                Instant.EPOCH);
        for (int i = 0; i < batch.size(); i++) {
          out.add(new TextResult(batch.get(i), results.get(i).reading()));
        }
        batch.clear();
      }
    }
    return out.iterator();
  }

  /**
   * A reading on its way from an executor to the driver: the event's key fields and the numbers.
   */
  static final class TextResult implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String eventId;
    private final String user;
    private final long timeUs;
    private final double[] emotions;
    private final double[] numbers;
    private final String model;

    TextResult(Row event, EmotionReading r) {
      eventId = event.getAs(EventColumns.ID);
      user = event.getAs(EventColumns.USER);
      timeUs = event.<Long>getAs(EventColumns.TIME);
      emotions = r.emotions().toArray();
      numbers =
          new double[] {
            r.polarity().negative(),
            r.polarity().neutral(),
            r.polarity().positive(),
            r.valence(),
            r.arousal(),
            r.intensity(),
            r.confidence()
          };
      model = r.model();
    }

    /** The reading to store. */
    EmotionReading reading() {
      Instant time = EventColumns.instant(timeUs);
      EmotionReading read =
          new EmotionReading(
              Modality.TEXT,
              Subject.session("ingest"),
              Instant.EPOCH,
              EmotionDistribution.of(emotions),
              new PolarityScores(numbers[0], numbers[1], numbers[2]),
              numbers[3],
              numbers[4],
              numbers[5],
              numbers[6],
              model,
              null);
      return ReviewReadingListener.stored(user, time, eventId, read);
    }
  }
}
