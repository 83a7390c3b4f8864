package dev.affectrec.serving;

import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.hybrid.Recommendation;
import dev.affectrec.hybrid.RecommendationRequest;
import dev.affectrec.hybrid.bandit.MoodSegment;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.serving.ServedRecommendation.PolicySource;
import dev.affectrec.serving.ServedRecommendation.Source;
import dev.affectrec.serving.behaviour.BehaviourModels;
import dev.affectrec.serving.privacy.ConsentPolicy;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Serves emotion-aware recommendations from the event store, in real time, from the first accepted
 * event. A facade over these parts:
 *
 * <ul>
 *   <li>{@link ModelLifecycle}: the training schedule, one training at a time, saving and the
 *       atomic swap of the served model; requests in flight finish on the old model.
 *   <li>{@link LiveUpdates}: {@link #accepted} folds positive interactions into the user's scores
 *       and item popularity on the next request, with no retraining.
 *   <li>{@link BanditFeedback}: a request without a policy gets one from a Thompson-sampling bandit
 *       per mood segment; {@code recommendation_shown} and {@code recommendation_clicked} events
 *       about an item served to that user update the policy that served it.
 *   <li>{@link UserViewCache}: each user's emotional state, dropped when their events arrive so a
 *       new reading shows within {@link ServingOptions#stateTtl()} (at most 1 s).
 *   <li>{@link PopularItems} and {@link FirstModelTrigger}: before the store's first model, the
 *       most popular items are served (with a reason) and accepted batches start the first training
 *       within seconds, so a fresh service never answers 503 once it holds a positive interaction.
 * </ul>
 *
 * The bandit attribution and the view cache are bounded at {@value #MAX_TRACKED_USERS} users each,
 * evicting the least valuable users one by one. Thread-safe.
 */
public final class RecommendationService implements AutoCloseable {
  /**
   * The user id of session recommendations: never a stored id, since ids hold no control character.
   */
  private static final String SESSION_USER = "\u0000session";

  /** Most users whose last served items and cached views are kept. */
  static final int MAX_TRACKED_USERS = 100_000;

  private final EventStore store;
  private final Clock clock;
  private final FusionConfig fusion = BehaviourModels.fusion();
  private final LiveUpdates live;
  private final BanditFeedback feedback;
  private final UserViewCache views;
  private final ModelLifecycle lifecycle;
  private final FeedbackWeights weights;
  private final PopularItems popular;
  private final FirstModelTrigger firstModel;
  private final ConsentPolicy consent;

  /**
   * @param store the event store, never null (not closed by this service)
   * @param models where models are saved and loaded, never null
   * @param options never null
   * @param reviews computes missing review readings before training, never null
   * @param clock never null
   */
  public RecommendationService(
      EventStore store,
      ModelDirectory models,
      ServingOptions options,
      ReviewReader reviews,
      Clock clock) {
    this(store, models, options, reviews, clock, FirstModelTrigger.Timing.DEFAULTS);
  }

  /** As the public constructor, with when the first training starts. */
  RecommendationService(
      EventStore store,
      ModelDirectory models,
      ServingOptions options,
      ReviewReader reviews,
      Clock clock,
      FirstModelTrigger.Timing firstTraining) {
    Objects.requireNonNull(options, "options is required");
    this.weights = options.weights();
    this.live = new LiveUpdates(weights);
    this.feedback = new BanditFeedback(options.seed(), MAX_TRACKED_USERS);
    this.views = new UserViewCache(options.stateTtl(), MAX_TRACKED_USERS);
    this.popular = new PopularItems(weights);
    // Validates the other arguments.
    this.lifecycle =
        new ModelLifecycle(
            store,
            models,
            options,
            reviews,
            clock,
            live,
            fusion,
            () -> {
              views.invalidateAll();
              popular.clear();
            });
    this.firstModel =
        new FirstModelTrigger(
            () -> lifecycle.current() == null, lifecycle::trainFirstModel, firstTraining);
    this.store = store;
    this.clock = clock;
    this.consent = new ConsentPolicy(store.access());
  }

  /**
   * Puts the saved model in service, if there is one.
   *
   * @return whether a model was loaded
   * @throws IOException if the saved model is unreadable
   */
  public boolean loadSaved() throws IOException {
    return lifecycle.loadSaved();
  }

  /**
   * Starts the background job: retrains every {@link ServingOptions#retrainInterval()} when events
   * arrived since the served model's snapshot. Without a model it counts the stored interactions
   * per item (one pass over the store, to serve the most popular items until the first model) and
   * trains at once.
   */
  public void start() {
    if (lifecycle.current() == null) {
      popular.seed(store);
    }
    lifecycle.start();
  }

  /**
   * Whether the served model was trained with the configured base algorithm on as many events as
   * the store holds now.
   */
  public boolean upToDate() {
    return lifecycle.upToDate();
  }

  /**
   * Puts in service a model version another server on the same store saved, and hides the users
   * another server erased (done every 2 s once started; for this package's tests).
   */
  void follow() {
    lifecycle.follow();
  }

  /** The model in service, or null before the first (for this package). */
  ServedModel served() {
    return lifecycle.current();
  }

  /** The served model's manifest, empty before the first model. */
  public Optional<ModelManifest> manifest() {
    return Optional.ofNullable(lifecycle.current()).map(ServedModel::manifest);
  }

  /** Whether a training run is in progress. */
  public boolean training() {
    return lifecycle.training();
  }

  /**
   * Brings readings up to date, trains on a fresh snapshot, saves the model and puts it in service.
   * One training at a time; a caller arriving during a run waits for it and then trains again.
   *
   * @throws IllegalArgumentException when the store holds no interaction to train on
   * @throws UncheckedIOException when the model cannot be saved (the old model stays in service)
   */
  public ModelManifest retrain() {
    return lifecycle.retrain();
  }

  /**
   * Starts {@link #retrain} on the background thread unless one is already queued or running.
   *
   * @return the run's result
   */
  public CompletableFuture<ModelManifest> retrainAsync() {
    return lifecycle.retrainAsync(false);
  }

  /**
   * Recommends {@code k} items to {@code user}: from the served model (a user it has not seen gets
   * their stored or live interactions folded in, or else content matches to their latest text);
   * before the first model, the most popular items they have not interacted with. A user who
   * refused behaviour consent is served as a user the model has never seen and who has no
   * interactions (content matches to their latest text, else popular items), even by a model
   * trained before the refusal.
   *
   * @param policy the policy, or null to let the bandit choose for the user's mood segment
   * @param context the request's device and channel; null for none
   * @throws NoSuchUserException when the store has no such user
   * @throws ModelUnavailableException when there is no model and no positive interaction to rank
   *     items by
   */
  public ServedRecommendation recommend(
      String user, int k, EmotionPolicy policy, EventContext context) {
    ServedModel served = lifecycle.current();
    if (served == null) {
      return mostPopular(user, k, policy);
    }
    Instant now = clock.instant();
    boolean refused = !consent.allows(user, Modality.BEHAVIOUR);
    Map<String, Float> recent = refused ? Map.of() : live.forUser(user);
    boolean hidden = refused || served.hiddenUsers().contains(user);
    boolean unseen = (hidden || served.model().users().indexOf(user) < 0) && recent.isEmpty();
    UserView view = views.get(user, unseen, () -> read(user, now, unseen));
    if (unseen && !refused && !view.interactions().isEmpty()) {
      // Interactions stored after the model's snapshot but before this process saw them live
      // (a restart on a saved model): folded in like live ones.
      recent = view.interactions();
    }
    boolean coldStart = unseen && recent.isEmpty() && view.latestText() != null;
    String segment = MoodSegment.of(view.state());
    EmotionPolicy chosen = policy == null ? feedback.choose(segment) : policy;
    Recommendation r =
        coldStart
            ? coldStart(served, user, k, chosen, view)
            : served
                .recommender()
                .recommend(
                    request(user, k, chosen, context, now, view, recent, served.hiddenItems()),
                    !hidden);
    feedback.served(
        user,
        segment,
        chosen,
        r.items().stream().map(ScoredItem::item).collect(Collectors.toSet()));
    return new ServedRecommendation(
        r,
        segment,
        policy == null ? PolicySource.BANDIT : PolicySource.REQUEST,
        served.manifest().version(),
        coldStart ? Source.COLD_START : Source.MODEL);
  }

  /**
   * Before the first model: the most popular items {@code user} has not interacted with, the policy
   * named or neutral (the bandit learns only from answers a policy shaped).
   */
  private ServedRecommendation mostPopular(String user, int k, EmotionPolicy policy) {
    if (popular.isEmpty()) {
      throw noModel();
    }
    Instant now = clock.instant();
    UserView view = views.get(user, true, () -> read(user, now, true));
    Set<String> owned = new HashSet<>();
    if (consent.allows(user, Modality.BEHAVIOUR)) {
      owned.addAll(view.interactions().keySet());
      owned.addAll(live.forUser(user).keySet());
    }
    Recommendation r =
        new Recommendation(
            user,
            policy == null ? EmotionPolicy.NEUTRAL : policy,
            view.state(),
            popular.top(k, item -> !owned.contains(item)));
    return new ServedRecommendation(
        r,
        MoodSegment.of(view.state()),
        policy == null ? PolicySource.DEFAULT : PolicySource.REQUEST,
        null,
        Source.POPULAR);
  }

  private ModelUnavailableException noModel() {
    return new ModelUnavailableException(
        training()
            ? "the first model is training; try again in a few seconds"
            : "no model yet: the store holds no interaction to train on");
  }

  /**
   * Recommends {@code k} items to an anonymous visitor from the items of their current session
   * (each counted as one interaction, folded in like a known user's history), never one of those
   * items. No emotional state is known, so the policy changes nothing; it is reported as named or
   * neutral. Before the first model, the most popular other items.
   */
  public ServedRecommendation recommendSession(
      List<String> sessionItems, int k, EmotionPolicy policy, EventContext context) {
    Set<String> session = Set.copyOf(sessionItems);
    EmotionPolicy applied = policy == null ? EmotionPolicy.NEUTRAL : policy;
    PolicySource source = policy == null ? PolicySource.DEFAULT : PolicySource.REQUEST;
    Instant now = clock.instant();
    ServedModel served = lifecycle.current();
    if (served == null) {
      if (popular.isEmpty()) {
        throw noModel();
      }
      EmotionState unknown = EmotionState.unknown(SESSION_USER, now);
      Recommendation r =
          new Recommendation(
              SESSION_USER, applied, unknown, popular.top(k, item -> !session.contains(item)));
      return new ServedRecommendation(r, MoodSegment.of(unknown), source, null, Source.POPULAR);
    }
    Set<String> exclude = new HashSet<>(session);
    exclude.addAll(served.hiddenItems());
    Map<String, Float> history = new LinkedHashMap<>();
    sessionItems.forEach(item -> history.put(item, 1f));
    Recommendation r =
        served
            .recommender()
            .recommend(
                new RecommendationRequest(
                    SESSION_USER,
                    k,
                    applied,
                    now,
                    context,
                    List.of(),
                    exclude,
                    null,
                    history,
                    live.popularity()));
    return new ServedRecommendation(
        r, MoodSegment.of(r.state()), source, served.manifest().version(), Source.MODEL);
  }

  /**
   * The {@code k} items most similar to {@code item}: co-occurrence neighbours in the served model,
   * or content neighbours for an item it has none for.
   *
   * @return empty when the store has no such item
   * @throws ModelUnavailableException before the first model
   */
  public Optional<List<ScoredItem>> neighbours(String item, int k) {
    Optional<Item> known = store.item(item);
    if (known.isEmpty()) {
      return Optional.empty();
    }
    ServedModel served = lifecycle.current();
    if (served == null) {
      throw noModel();
    }
    return Optional.of(ItemLists.neighbours(served, known.get(), k));
  }

  /**
   * The {@code k} most popular items (positive interactions, those accepted since the model's
   * snapshot included), optionally of one {@code category}; the same for everyone.
   *
   * @param category null for every category
   */
  public List<ScoredItem> popular(int k, String category) {
    ServedModel served = lifecycle.current();
    return served == null
        ? popular.top(k, ItemLists.inCategory(store, category))
        : ItemLists.popular(served, live.popularity(), store, k, category);
  }

  /**
   * The {@code k} items with the most positive interactions in the {@code days} days up to the
   * newest stored event, optionally of one {@code category}; the same for everyone, with or without
   * a model.
   */
  public List<ScoredItem> trending(int k, String category, int days) {
    return ItemLists.trending(store, weights, k, category, days);
  }

  /**
   * The {@code k} newest items (by the time they were added or last changed), optionally of one
   * {@code category}.
   */
  public List<Item> latest(int k, String category) {
    return ItemLists.latest(store, k, category);
  }

  /** The view of a user the store knows, read afresh. */
  private UserView read(String user, Instant now, boolean needText) {
    if (store.user(user).isEmpty()) {
      throw new NoSuchUserException(user);
    }
    return UserView.read(store, user, now, fusion, weights, needText);
  }

  private RecommendationRequest request(
      String user,
      int k,
      EmotionPolicy policy,
      EventContext context,
      Instant now,
      UserView view,
      Map<String, Float> recent,
      Set<String> exclude) {
    return new RecommendationRequest(
        user,
        k,
        policy,
        now,
        context,
        view.recentReviews(),
        exclude,
        view.state(),
        recent,
        live.popularity());
  }

  /**
   * A user the model has never seen, with no interaction since, known by one review or search text:
   * content similarity to the items plus mood fit and reputation.
   */
  private static Recommendation coldStart(
      ServedModel served, String user, int k, EmotionPolicy policy, UserView view) {
    Event text = view.latestText();
    Set<String> exclude = new java.util.HashSet<>(served.hiddenItems());
    if (text.item() != null) {
      exclude.add(text.item());
    }
    List<ScoredItem> items =
        served.coldStart().recommend(text.text(), view.latestTextReading(), k, exclude);
    return new Recommendation(user, policy, view.state(), items);
  }

  /**
   * Makes an item added or changed in the catalogue recommendable to cold-start users at once
   * (collaborative filtering needs interactions and a retraining).
   */
  public void itemChanged(Item item) {
    lifecycle.itemChanged(item);
  }

  /**
   * Takes in an accepted batch of events: live interactions and popularity, cached states dropped,
   * bandit feedback. Before the first model, the batch also counts towards the most popular items
   * and, when it holds a positive interaction, starts the first training ({@link
   * FirstModelTrigger}: 2 s after the last such batch, at most 5 s after the first, at once after
   * 1,000 positive interactions). The events of users who refused behaviour consent feed none of
   * this: neither the live interactions and popularity nor the bandit nor the first training.
   */
  public void accepted(List<Event> events) {
    Set<String> withheld = new HashSet<>();
    Set<String> users = new HashSet<>();
    for (Event e : events) {
      if (users.add(e.user()) && !consent.allows(e.user(), Modality.BEHAVIOUR)) {
        withheld.add(e.user());
      }
    }
    List<Event> learnable =
        withheld.isEmpty()
            ? events
            : events.stream().filter(e -> !withheld.contains(e.user())).toList();
    live.record(events, withheld);
    if (lifecycle.current() == null) {
      popular.record(learnable);
      firstModel.accepted((int) learnable.stream().filter(e -> weights.weight(e) > 0).count());
    }
    for (Event e : events) {
      views.invalidate(e.user());
    }
    feedback.accepted(learnable);
  }

  /**
   * Takes in a changed behaviour-consent decision of {@code user} (a stored id): on a refusal their
   * live interactions are dropped at once; either way a retraining starts in the background, so
   * their past interactions leave the model (refusal) or enter it (grant).
   */
  public void behaviourConsentChanged(String user) {
    if (!consent.allows(user, Modality.BEHAVIOUR)) {
      live.forget(user);
    }
    views.invalidate(user);
    if (lifecycle.current() != null || lifecycle.training()) {
      lifecycle.retrainAsync(true);
    }
  }

  /**
   * Removes an erased user from serving at once: the served model acts as if it did not hold them
   * or the items only they had, the saved models that may hold them are deleted before this
   * returns, and a retraining starts in the background so their interactions leave the model (after
   * a run already in progress, whose snapshot may still hold them). Before the first model is in
   * service, also while it trains (a start without a saved model, such as the restart after a crash
   * during an erasure), the most popular items are served: their counts are recounted from the
   * store, which no longer holds the user, so items only they had are no longer among them.
   */
  public void erased(String user) {
    live.forget(user);
    views.invalidate(user);
    feedback.forget(user);
    lifecycle.erased(user);
    if (lifecycle.current() == null) {
      popular.recount(store);
    }
    if (lifecycle.current() != null || lifecycle.training()) {
      lifecycle.retrainAsync(true);
    }
  }

  /**
   * The bandit's state per mood segment and policy: {@code chosen} (requests it served), {@code
   * alpha}, {@code beta} and the posterior {@code mean} click rate.
   */
  public Map<String, Map<EmotionPolicy, Map<String, Double>>> policyShares() {
    return feedback.policyShares();
  }

  /** Stops the background job (a training in progress finishes first). */
  @Override
  public void close() {
    firstModel.close();
    lifecycle.close();
  }
}
