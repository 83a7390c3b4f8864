package dev.affectrec.serving;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventIds;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.api.satisfaction.Satisfaction;
import dev.affectrec.api.satisfaction.SatisfactionSignals;
import dev.affectrec.behaviour.SessionConfig;
import dev.affectrec.hybrid.feedback.InteractionContexts;
import dev.affectrec.hybrid.feedback.ReviewReadings;
import dev.affectrec.hybrid.feedback.SatisfactionEstimates;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.serving.behaviour.BehaviourModels;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Training data read from one consistent snapshot of an {@link EventStore}: the weighted
 * interactions, the text reading of each interaction's latest review, the context of each
 * interaction's latest event, and the review or search events that have no reading yet. Immutable.
 *
 * @param matrix the positive interactions (summed {@link FeedbackWeights}), or null when there is
 *     none
 * @param reviewReadings (user, item) to the reading of the user's latest review of the item
 * @param satisfaction (user, item) to the user's satisfaction with the item, combined from every
 *     signal the store holds ({@link SatisfactionSignals}: ratings, rated reviews, returns,
 *     dislikes, skips, short dwells, likes, shares, the text readings of the user's reviews of the
 *     item, face readings taken just after the user acted on the item, see {@link
 *     #FACE_WINDOW_SECONDS}, and behaviour readings of the sessions in which the user acted on it,
 *     at the reliability the behaviour model learned); pairs without any such signal are absent
 * @param contexts (user, item) to the context of the latest event of the user on the item
 * @param unread text events (review, search) without a stored reading, oldest first
 * @param events how many events the snapshot held
 * @param skipped events left out because an id breaks {@link EventIds} (rows stored by older
 *     versions): the model file cannot store them, and one such row must not stop training
 * @param withheld events left out of the interactions because their user refused behaviour consent
 *     (their review and search texts are still listed in {@code unread}: reading them is text
 *     consent's business)
 * @param newest the time of the newest event, or null for an empty store
 */
public record StoreTrainingData(
    InteractionMatrix matrix,
    Map<UserItem, EmotionReading> reviewReadings,
    Map<UserItem, Satisfaction> satisfaction,
    Map<UserItem, EventContext> contexts,
    List<Event> unread,
    long events,
    long skipped,
    long withheld,
    Instant newest) {

  /** Copies the collections. */
  public StoreTrainingData {
    reviewReadings = Map.copyOf(reviewReadings);
    satisfaction = Map.copyOf(satisfaction);
    contexts = Map.copyOf(contexts);
    unread = List.copyOf(unread);
    if (skipped < 0 || withheld < 0) {
      throw new IllegalArgumentException(
          "skipped and withheld must not be negative but were " + skipped + ", " + withheld);
    }
  }

  /** Whether there is at least one positive interaction to train on. */
  public boolean trainable() {
    return matrix != null;
  }

  /** The review readings for the hybrid trainer, keyed by an interaction's user and item. */
  public ReviewReadings readings() {
    return i -> Optional.ofNullable(reviewReadings.get(new UserItem(i.user(), i.item())));
  }

  /** Each interaction's satisfaction for the hybrid trainer, keyed by its user and item. */
  public SatisfactionEstimates satisfactionEstimates() {
    return i -> Optional.ofNullable(satisfaction.get(new UserItem(i.user(), i.item())));
  }

  /** The device and channel of each interaction's latest event, for the hybrid trainer. */
  public InteractionContexts interactionContexts() {
    return i -> contexts.getOrDefault(new UserItem(i.user(), i.item()), EventContext.EMPTY);
  }

  /**
   * Reads a snapshot of {@code store}. Streams the events once and the readings once; memory grows
   * with the number of distinct (user, item) pairs, not with the number of events. The events of
   * users who refused behaviour consent ({@link
   * dev.affectrec.store.access.AccessStore#usersRefusing}, read just before the snapshot) give no
   * interaction, context or satisfaction: the model never learns from them.
   */
  public static StoreTrainingData read(EventStore store, FeedbackWeights weights) {
    Objects.requireNonNull(store, "store is required");
    Objects.requireNonNull(weights, "weights is required");
    Map<UserItem, double[]> sums = new LinkedHashMap<>();
    Map<UserItem, List<Satisfaction>> estimates = new HashMap<>();
    Map<UserItem, EventContext> contexts = new HashMap<>();
    Map<String, UserItem> reviewEvents = new HashMap<>();
    Map<String, Event> textEvents = new LinkedHashMap<>();
    Instant[] newest = {null};
    long[] skipped = {0};
    long[] withheld = {0};
    Set<String> refusing = store.access().usersRefusing(Modality.BEHAVIOUR);
    long size;
    Map<UserItem, EmotionReading> readings = new HashMap<>();
    try (EventSnapshot snapshot = store.snapshot()) {
      size = snapshot.size();
      Map<String, EmotionReading> behaviour = new HashMap<>();
      snapshot.forEachUserReading(
          Modality.BEHAVIOUR,
          r -> {
            if (r.sourceEventId() != null) {
              behaviour.put(r.sourceEventId(), r);
            }
          });
      SessionItems sessions = new SessionItems(behaviour.keySet(), SessionConfig.defaults());
      snapshot.forEach(
          e -> {
            newest[0] = e.time();
            if (!storable(e)) {
              skipped[0]++;
              return;
            }
            if (sessions.wantsAny()) {
              sessions.add(e);
            }
            if (e.text() != null
                && !e.text().isBlank()
                && (e.type() == EventType.REVIEW || e.type() == EventType.SEARCH)) {
              textEvents.put(e.id(), e);
            }
            if (e.item() == null) {
              return;
            }
            if (refusing.contains(e.user())) {
              withheld[0]++;
              return;
            }
            UserItem key = new UserItem(e.user(), e.item());
            double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
            sum[0] += weights.weight(e);
            sum[1] = Math.max(sum[1], e.time().getEpochSecond());
            if (!e.context().equals(EventContext.EMPTY)) {
              contexts.put(key, e.context());
            }
            if (e.type() == EventType.REVIEW) {
              reviewEvents.put(e.id(), key);
            }
            SatisfactionSignals.ofEvent(e.type(), e.value(), RatingScale.FIVE_STARS)
                .ifPresent(x -> estimates.computeIfAbsent(key, k -> new ArrayList<>(1)).add(x));
          });
      textEvents
          .keySet()
          .removeAll(attachTextReadings(snapshot, reviewEvents, readings, estimates));
      List<EmotionReading> faces = new ArrayList<>();
      snapshot.forEachUserReading(Modality.FACE, faces::add);
      attachFaces(faces, sums, estimates);
      attachBehaviour(behaviour, sessions.finish(), estimates);
    }
    List<Interaction> interactions = new ArrayList<>();
    sums.forEach(
        (key, sum) -> {
          if (sum[0] > 0) {
            interactions.add(
                new Interaction(key.user(), key.item(), (float) sum[0], (long) sum[1]));
          }
        });
    contexts.keySet().retainAll(sums.keySet());
    return assemble(
        interactions,
        readings,
        estimates,
        contexts,
        new ArrayList<>(textEvents.values()),
        new long[] {size, skipped[0], withheld[0]},
        newest[0]);
  }

  /**
   * Training data from what a reader gathered: the positive interactions in the store's pair order,
   * the review readings, every satisfaction estimate of each pair (combined here), the contexts and
   * the unread texts. Shared by every reader of training data (this one and the Spark engine's).
   *
   * @param counts the snapshot's events, skipped and withheld events, in that order
   * @param newest the time of the newest event, or null for an empty store
   */
  public static StoreTrainingData assemble(
      List<Interaction> interactions,
      Map<UserItem, EmotionReading> readings,
      Map<UserItem, List<Satisfaction>> estimates,
      Map<UserItem, EventContext> contexts,
      List<Event> unread,
      long[] counts,
      Instant newest) {
    Map<UserItem, Satisfaction> satisfaction = new HashMap<>();
    estimates.forEach((key, list) -> satisfaction.put(key, Satisfaction.combine(list)));
    return new StoreTrainingData(
        interactions.isEmpty() ? null : InteractionMatrix.of(interactions),
        readings,
        satisfaction,
        contexts,
        unread,
        counts[0],
        counts[1],
        counts[2],
        newest);
  }

  /**
   * Streams the event readings of {@code snapshot} and attaches each text reading of a review in
   * {@code reviewEvents} to the review's (user, item): the latest one to {@code readings}, and
   * every one as a satisfaction estimate (at {@link SatisfactionEstimates#TEXT_RELIABILITY}) to
   * {@code estimates}. Shared by every reader of training data (this one and the Spark engine's).
   *
   * @param reviewEvents review event id to its (user, item)
   * @return the source event ids of all event readings, text or not (the events already read)
   */
  public static Set<String> attachTextReadings(
      EventSnapshot snapshot,
      Map<String, UserItem> reviewEvents,
      Map<UserItem, EmotionReading> readings,
      Map<UserItem, List<Satisfaction>> estimates) {
    Set<String> read = new HashSet<>();
    snapshot.forEachEventReading(
        r -> {
          read.add(r.sourceEventId());
          UserItem key = reviewEvents.get(r.sourceEventId());
          if (key != null && r.modality() == Modality.TEXT) {
            readings.put(key, r);
            estimates
                .computeIfAbsent(key, k -> new ArrayList<>(1))
                .add(SatisfactionSignals.ofReading(r, SatisfactionEstimates.TEXT_RELIABILITY));
          }
        });
    return read;
  }

  /** A face reading counts for the item a user last acted on at most this long before it. */
  public static final long FACE_WINDOW_SECONDS = 600;

  /**
   * How far a face reading is trusted as the user's satisfaction with the item they acted on just
   * before it (a face says how someone feels, not always about what).
   */
  public static final double FACE_RELIABILITY = 0.5;

  /**
   * Adds each face reading's satisfaction to the (user, item) whose latest event came at most
   * {@link #FACE_WINDOW_SECONDS} before the reading (the nearest one); a face reading with no such
   * interaction says nothing about an item.
   */
  private static void attachFaces(
      List<EmotionReading> faces,
      Map<UserItem, double[]> sums,
      Map<UserItem, List<Satisfaction>> estimates) {
    if (faces.isEmpty()) {
      return;
    }
    Map<String, List<UserItem>> keysOfUser = new HashMap<>();
    for (EmotionReading f : faces) {
      keysOfUser.put(f.subject().id(), new ArrayList<>());
    }
    for (UserItem key : sums.keySet()) {
      List<UserItem> keys = keysOfUser.get(key.user());
      if (keys != null) {
        keys.add(key);
      }
    }
    for (EmotionReading f : faces) {
      long at = f.time().getEpochSecond();
      UserItem nearest = null;
      long gap = FACE_WINDOW_SECONDS + 1;
      for (UserItem key : keysOfUser.get(f.subject().id())) {
        long before = at - (long) sums.get(key)[1];
        if (before >= 0 && before < gap) {
          gap = before;
          nearest = key;
        }
      }
      if (nearest != null) {
        estimates
            .computeIfAbsent(nearest, k -> new ArrayList<>(1))
            .add(SatisfactionSignals.ofReading(f, FACE_RELIABILITY));
      }
    }
  }

  /**
   * Adds each behaviour reading's satisfaction, at the reliability the shipped behaviour model
   * learned ({@link BehaviourModels}), to every (user, item) of the session it read.
   */
  private static void attachBehaviour(
      Map<String, EmotionReading> readings,
      Map<String, List<UserItem>> sessions,
      Map<UserItem, List<Satisfaction>> estimates) {
    if (sessions.isEmpty()) {
      return;
    }
    double reliability = BehaviourModels.shippedReliability();
    sessions.forEach(
        (lastEvent, keys) -> {
          Satisfaction s = SatisfactionSignals.ofReading(readings.get(lastEvent), reliability);
          for (UserItem key : keys) {
            estimates.computeIfAbsent(key, k -> new ArrayList<>(1)).add(s);
          }
        });
  }

  private static boolean storable(Event e) {
    return EventIds.valid(e.id())
        && EventIds.valid(e.user())
        && (e.item() == null || EventIds.valid(e.item()));
  }
}
