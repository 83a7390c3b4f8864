package dev.affectrec.spark;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventIds;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.api.satisfaction.Satisfaction;
import dev.affectrec.api.satisfaction.SatisfactionSignals;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.serving.FeedbackWeights;
import dev.affectrec.serving.StoreTrainingData;
import dev.affectrec.serving.UserItem;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * {@link StoreTrainingData} computed by Spark: the executors weigh every event with the same {@link
 * FeedbackWeights} as the single-node reader, read the same {@link SatisfactionSignals}, drop the
 * same events (ids that break {@link EventIds}, users refusing behaviour consent) and sum them per
 * (user, item); the driver collects one tally per pair, in the store's pair order, and adds the
 * text readings of the pairs' reviews through the store API. Face and behaviour readings are not
 * attached on this path (see docs/ARCHITECTURE.md), and unread texts are not listed.
 */
final class SparkTrainingData {
  private static final Tuple2<String, String> SNAPSHOT = new Tuple2<>("", "");

  private SparkTrainingData() {}

  /**
   * Reads {@code events} (columns {@link EventColumns#TRAINING}) and the readings of {@code store}.
   */
  static StoreTrainingData read(Dataset<Row> events, EventStore store, FeedbackWeights weights) {
    JavaSparkContext context =
        JavaSparkContext.fromSparkContext(events.sparkSession().sparkContext());
    Broadcast<FeedbackWeights> w = context.broadcast(weights);
    Broadcast<Set<String>> refusing =
        context.broadcast(new HashSet<>(store.access().usersRefusing(Modality.BEHAVIOUR)));
    List<Tuple2<Tuple2<String, String>, PairTally>> tallies =
        events
            .javaRDD()
            .flatMapToPair(row -> tally(row, w.value(), refusing.value()))
            .reduceByKey(PairTally::merge)
            .collect();
    PairTally counts = new PairTally();
    List<Tuple2<Tuple2<String, String>, PairTally>> pairs = new ArrayList<>();
    for (Tuple2<Tuple2<String, String>, PairTally> t : tallies) {
      if (t._1().equals(SNAPSHOT)) {
        counts = t._2();
      } else {
        pairs.add(t);
      }
    }
    pairs.sort(
        Comparator.comparingLong(
                (Tuple2<Tuple2<String, String>, PairTally> t) -> t._2().firstTimeUs)
            .thenComparing(t -> t._2().firstId));
    return assemble(pairs, counts, store);
  }

  /** The tallies of one event: the snapshot count, and its pair's when it counts for one. */
  private static Iterator<Tuple2<Tuple2<String, String>, PairTally>> tally(
      Row row, FeedbackWeights weights, Set<String> refusing) {
    String id = row.getAs(EventColumns.ID);
    String user = row.getAs(EventColumns.USER);
    String item = row.getAs(EventColumns.ITEM);
    long timeUs = row.<Long>getAs(EventColumns.TIME);
    Double value = row.getAs(EventColumns.VALUE);
    Optional<EventType> type = EventType.fromWireName(row.getAs(EventColumns.TYPE));
    PairTally counted = PairTally.counted(timeUs);
    List<Tuple2<Tuple2<String, String>, PairTally>> out = new ArrayList<>(2);
    out.add(new Tuple2<>(SNAPSHOT, counted));
    if (type.isEmpty()
        || !EventIds.valid(id)
        || !EventIds.valid(user)
        || (item != null && !EventIds.valid(item))) {
      counted.skipped = 1;
      return out.iterator();
    }
    if (item == null) {
      return out.iterator();
    }
    if (refusing.contains(user)) {
      counted.withheld = 1;
      return out.iterator();
    }
    PairTally pair = new PairTally();
    pair.weight = weights.weight(type.get(), item, value);
    pair.lastSecond = Math.floorDiv(timeUs, 1_000_000L);
    pair.first(timeUs, id);
    pair.context(
        new EventContext(
            row.getAs(EventColumns.DEVICE),
            row.getAs(EventColumns.CHANNEL),
            row.getAs(EventColumns.LOCATION),
            row.getAs(EventColumns.LOCALE),
            row.getAs(EventColumns.SESSION)),
        timeUs,
        id);
    if (type.get() == EventType.REVIEW) {
      pair.reviewIds.add(id);
    }
    SatisfactionSignals.ofEvent(type.get(), value, RatingScale.FIVE_STARS)
        .ifPresent(s -> pair.satisfaction.add(new double[] {s.value(), s.confidence()}));
    out.add(new Tuple2<>(new Tuple2<>(user, item), pair));
    return out.iterator();
  }

  private static StoreTrainingData assemble(
      List<Tuple2<Tuple2<String, String>, PairTally>> pairs, PairTally counts, EventStore store) {
    List<Interaction> interactions = new ArrayList<>();
    Map<UserItem, EventContext> contexts = new HashMap<>();
    Map<UserItem, List<Satisfaction>> estimates = new HashMap<>();
    Map<String, UserItem> reviewEvents = new HashMap<>();
    for (Tuple2<Tuple2<String, String>, PairTally> t : pairs) {
      UserItem key = new UserItem(t._1()._1(), t._1()._2());
      PairTally pair = t._2();
      if (pair.weight > 0) {
        interactions.add(
            new Interaction(key.user(), key.item(), (float) pair.weight, pair.lastSecond));
      }
      EventContext c = pair.context();
      if (c != null) {
        contexts.put(key, c);
      }
      for (double[] s : pair.satisfaction) {
        estimates.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Satisfaction(s[0], s[1]));
      }
      pair.reviewIds.forEach(id -> reviewEvents.put(id, key));
    }
    Map<UserItem, EmotionReading> readings = new HashMap<>();
    try (EventSnapshot snapshot = store.snapshot()) {
      StoreTrainingData.attachTextReadings(snapshot, reviewEvents, readings, estimates);
    }
    return StoreTrainingData.assemble(
        interactions,
        readings,
        estimates,
        contexts,
        List.of(),
        new long[] {counts.events, counts.skipped, counts.withheld},
        counts.events == 0 ? null : EventColumns.instant(counts.newestUs));
  }
}
