package dev.affectrec.serving;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.hybrid.EmotionAwareRecommender;
import dev.affectrec.hybrid.Recommendation;
import dev.affectrec.hybrid.RecommendationRequest;
import dev.affectrec.hybrid.bandit.MoodSegment;
import dev.affectrec.hybrid.bandit.ThompsonPolicyBandit;
import dev.affectrec.hybrid.coldstart.ColdStartRecommender;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.hybrid.policy.NegativeReviewRule;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves emotion-aware recommendations from the event store, in real time.
 *
 * <ul>
 *   <li>The served model lives in an atomic reference: {@link #retrain} trains on a store snapshot
 *       in the caller's thread (or the background job's), saves the model to the {@link
 *       ModelDirectory}, then swaps it in; requests in flight finish on the old model.
 *   <li>{@link #accepted} is told of every accepted event batch: positive interactions are folded
 *       into the user's scores and counted into item popularity on the next request, with no
 *       retraining; the user's cached emotional state is dropped, so a new reading shows within
 *       {@link ServingOptions#stateTtl()} (at most 1 s).
 *   <li>A request without a policy gets one from a Thompson-sampling bandit per mood segment;
 *       {@code recommendation_shown} and {@code recommendation_clicked} events about an item served
 *       to that user update the policy that served it.
 * </ul>
 *
 * Thread-safe.
 */
public final class RecommendationService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RecommendationService.class);
  private static final int MAX_TRACKED_USERS = 100_000;

  /** The model in service with what it needs at request time. */
  private record Served(
      HybridEmotionModel model, EmotionAwareRecommender recommender, ModelManifest manifest) {}

  /** Which policy served which items to a user last, for crediting feedback. */
  private record LastServed(String segment, EmotionPolicy policy, Set<String> items) {}

  private record CachedView(UserView view, long expiresNanos, boolean readText) {}

  private final EventStore store;
  private final ModelDirectory models;
  private final ServingOptions options;
  private final ReviewReader reviews;
  private final Clock clock;
  private final FusionConfig fusion = FusionConfig.defaults();
  private final AtomicReference<Served> current = new AtomicReference<>();
  private final AtomicReference<ColdStartRecommender> coldStart = new AtomicReference<>();
  private final LiveUpdates live;
  private final ThompsonPolicyBandit bandit;
  private final Map<String, Map<EmotionPolicy, LongAdder>> choices = new ConcurrentHashMap<>();
  private final Map<String, CachedView> views = new ConcurrentHashMap<>();

  /** Bounded by {@link #MAX_TRACKED_USERS}: emptied when full (losing only bandit credit). */
  private final Map<String, LastServed> lastServed = new ConcurrentHashMap<>();

  private final ReentrantLock training = new ReentrantLock();
  private final ScheduledExecutorService scheduler;
  private volatile CompletableFuture<ModelManifest> pending;
  private boolean rerun; // guarded by this

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
    this.store = Objects.requireNonNull(store, "store is required");
    this.models = Objects.requireNonNull(models, "models is required");
    this.options = Objects.requireNonNull(options, "options is required");
    this.reviews = Objects.requireNonNull(reviews, "reviews is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
    this.live = new LiveUpdates(options.weights());
    this.bandit = new ThompsonPolicyBandit(options.seed(), 0);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "affectrec-retrain");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Puts the saved model in service, if there is one.
   *
   * @return whether a model was loaded
   * @throws IOException if the saved model is unreadable
   */
  public boolean loadSaved() throws IOException {
    Optional<ModelDirectory.Loaded> loaded = models.load();
    loaded.ifPresent(l -> swapIn(l.model(), l.manifest(), live.sequence()));
    return loaded.isPresent();
  }

  /**
   * Starts the background job: retrains every {@link ServingOptions#retrainInterval()} when events
   * arrived since the served model's snapshot. Without a model it trains at once.
   */
  public void start() {
    if (current.get() == null) {
      retrainAsync();
    }
    long every = options.retrainInterval().toMillis();
    if (every > 0) {
      scheduler.scheduleWithFixedDelay(
          () -> {
            try {
              if (!upToDate()) {
                retrain();
              }
            } catch (RuntimeException e) {
              LOG.warn("background retraining failed", e);
            }
          },
          every,
          every,
          TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Whether the served model was trained with the configured base algorithm on as many events as
   * the store holds now.
   */
  public boolean upToDate() {
    Served s = current.get();
    return s != null
        && s.manifest().base().equals(options.base())
        && s.manifest().events() == store.stats().events();
  }

  /** The served model's manifest, empty before the first model. */
  public Optional<ModelManifest> manifest() {
    Served s = current.get();
    return s == null ? Optional.empty() : Optional.of(s.manifest());
  }

  /** Whether a training run is in progress. */
  public boolean training() {
    return training.isLocked();
  }

  /**
   * Brings readings up to date, trains on a fresh snapshot, saves the model and puts it in service.
   * One training at a time; a caller arriving during a run waits for it and then trains again.
   *
   * @throws IllegalArgumentException when the store holds no interaction to train on
   * @throws UncheckedIOException when the model cannot be saved (the old model stays in service)
   */
  public ModelManifest retrain() {
    training.lock();
    try {
      long watermark = live.sequence();
      reviews.settle();
      StoreTrainingData data = StoreTrainingData.read(store, options.weights());
      if (!data.unread().isEmpty() && reviews.readAndStore(data.unread()) > 0) {
        data = StoreTrainingData.read(store, options.weights());
      }
      ServingTrainer.Trained trained = new ServingTrainer(options, clock).train(data);
      try {
        trained =
            new ServingTrainer.Trained(
                trained.model(),
                trained.manifest().withVersion(models.nextVersion(trained.manifest().trainedAt())));
        models.save(trained.model(), trained.manifest());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot save the model in " + models.root() + ": " + e.getMessage(), e);
      }
      swapIn(trained.model(), trained.manifest(), watermark);
      LOG.info(
          "serving model {} trained on {} events in {} ms",
          trained.manifest().version(),
          trained.manifest().events(),
          trained.manifest().trainMillis());
      return trained.manifest();
    } finally {
      training.unlock();
    }
  }

  /**
   * Starts {@link #retrain} on the background thread unless one is already queued or running.
   *
   * @return the run's result
   */
  public CompletableFuture<ModelManifest> retrainAsync() {
    return retrainAsync(false);
  }

  /**
   * As {@link #retrainAsync()}; with {@code fresh}, a run already in progress (whose snapshot may
   * predate the caller's change, such as an erasure) is followed by one more.
   */
  private synchronized CompletableFuture<ModelManifest> retrainAsync(boolean fresh) {
    CompletableFuture<ModelManifest> p = pending;
    if (p != null && !p.isDone()) {
      rerun |= fresh;
      return p;
    }
    CompletableFuture<ModelManifest> next = new CompletableFuture<>();
    pending = next;
    scheduler.execute(
        () -> {
          try {
            next.complete(retrain());
          } catch (RuntimeException e) {
            LOG.warn("retraining failed: {}", e.getMessage());
            next.completeExceptionally(e);
          }
          synchronized (this) {
            if (rerun) {
              rerun = false;
              retrainAsync(false);
            }
          }
        });
    return next;
  }

  private void swapIn(HybridEmotionModel model, ModelManifest manifest, long watermark) {
    List<Item> catalogue = new java.util.ArrayList<>(model.items().size());
    for (int i = 0; i < model.items().size(); i++) {
      String id = model.items().id(i);
      catalogue.add(store.item(id).orElse(Item.ofId(id)));
    }
    EmotionAwareRecommender recommender =
        new EmotionAwareRecommender(
            model, fusion, NegativeReviewRule.DEFAULTS, -0.3, titles(catalogue));
    ColdStartRecommender cold = ColdStartIndex.build(store, catalogue, clock.instant());
    synchronized (live) {
      current.set(new Served(model, recommender, manifest));
      coldStart.set(cold);
      live.rebase(model.items(), watermark);
      views.clear();
    }
  }

  /** Item titles by catalogue index (the id when an item has no title). */
  private static IntFunction<String> titles(List<Item> catalogue) {
    String[] names = new String[catalogue.size()];
    for (int i = 0; i < names.length; i++) {
      Item item = catalogue.get(i);
      names[i] = item.title().isBlank() ? item.id() : item.title();
    }
    return i -> names[i];
  }

  /**
   * Recommends {@code k} items to {@code user}.
   *
   * @param policy the policy, or null to let the bandit choose for the user's mood segment
   * @param context the request's device and channel; null for none
   * @throws NoSuchUserException when the store has no such user
   * @throws ModelUnavailableException before the first model is in service
   */
  public ServedRecommendation recommend(
      String user, int k, EmotionPolicy policy, EventContext context) {
    Served served = current.get();
    if (served == null) {
      throw new ModelUnavailableException(
          training()
              ? "the first model is training; try again in a few seconds"
              : "no model yet: the store holds no interaction to train on");
    }
    Instant now = clock.instant();
    Map<String, Float> recent = live.forUser(user);
    boolean unseen = served.model().users().indexOf(user) < 0 && recent.isEmpty();
    UserView view = view(user, now, unseen);
    String segment = MoodSegment.of(view.state());
    EmotionPolicy chosen = policy == null ? bandit.choose(segment) : policy;
    Recommendation r =
        unseen && view.latestText() != null
            ? coldStart(user, k, chosen, view)
            : served.recommender().recommend(request(user, k, chosen, context, now, view, recent));
    choices
        .computeIfAbsent(segment, s -> new ConcurrentHashMap<>())
        .computeIfAbsent(chosen, p -> new LongAdder())
        .increment();
    if (lastServed.size() >= MAX_TRACKED_USERS) {
      lastServed.clear();
    }
    lastServed.put(
        user,
        new LastServed(
            segment, chosen, Set.copyOf(r.items().stream().map(ScoredItem::item).toList())));
    return new ServedRecommendation(r, segment, policy == null, served.manifest().version());
  }

  private RecommendationRequest request(
      String user,
      int k,
      EmotionPolicy policy,
      EventContext context,
      Instant now,
      UserView view,
      Map<String, Float> recent) {
    return new RecommendationRequest(
        user,
        k,
        policy,
        now,
        context,
        view.recentReviews(),
        Set.of(),
        view.state(),
        recent,
        live.popularity());
  }

  /**
   * A user the model has never seen, with no interaction since, known by one review or search text:
   * content similarity to the items plus mood fit and reputation.
   */
  private Recommendation coldStart(String user, int k, EmotionPolicy policy, UserView view) {
    Event text = view.latestText();
    Set<String> exclude = text.item() == null ? Set.of() : Set.of(text.item());
    List<ScoredItem> items =
        coldStart.get().recommend(text.text(), view.latestTextReading(), k, exclude);
    return new Recommendation(user, policy, view.state(), items);
  }

  /**
   * Makes an item added or changed in the catalogue recommendable to cold-start users at once
   * (collaborative filtering needs interactions and a retraining).
   */
  public void itemChanged(Item item) {
    coldStart.updateAndGet(
        c -> c == null ? null : c.withItem(item.id(), ColdStartIndex.text(item)));
  }

  private UserView view(String user, Instant now, boolean needText) {
    long t = System.nanoTime();
    CachedView cached = views.get(user);
    if (cached != null
        && cached.expiresNanos() - t > 0
        && (!needText || cached.view().latestText() != null || cached.readText())) {
      return cached.view();
    }
    if (store.user(user).isEmpty()) {
      throw new NoSuchUserException(user);
    }
    UserView fresh = UserView.read(store, user, now, fusion, needText);
    if (views.size() > MAX_TRACKED_USERS) {
      views.clear();
    }
    views.put(user, new CachedView(fresh, t + options.stateTtl().toNanos(), needText));
    return fresh;
  }

  /**
   * Takes in an accepted batch of events: live interactions and popularity, cached states dropped,
   * bandit feedback.
   */
  public void accepted(List<Event> events) {
    live.record(events);
    for (Event e : events) {
      views.remove(e.user());
      if (e.type() == EventType.RECOMMENDATION_SHOWN
          || e.type() == EventType.RECOMMENDATION_CLICKED) {
        LastServed last = lastServed.get(e.user());
        if (last != null && last.items().contains(e.item())) {
          bandit.observe(last.segment(), last.policy(), e.type());
        }
      }
    }
  }

  /**
   * Removes an erased user from serving at once and retrains in the background so their
   * interactions leave the model and its saved file (after a run already in progress, whose
   * snapshot may still hold them).
   */
  public void erased(String user) {
    live.forget(user);
    views.remove(user);
    lastServed.remove(user);
    if (current.get() != null) {
      retrainAsync(true);
    }
  }

  /**
   * The bandit's state per mood segment and policy: {@code chosen} (requests it served), {@code
   * alpha}, {@code beta} and the posterior {@code mean} click rate.
   */
  public Map<String, Map<EmotionPolicy, Map<String, Double>>> policyShares() {
    Map<String, Map<EmotionPolicy, Map<String, Double>>> out = new java.util.TreeMap<>();
    Map<String, Map<EmotionPolicy, double[]>> posteriors = bandit.posteriors();
    Set<String> segments = new java.util.TreeSet<>(posteriors.keySet());
    segments.addAll(choices.keySet());
    for (String segment : segments) {
      Map<EmotionPolicy, Map<String, Double>> arms = new EnumMap<>(EmotionPolicy.class);
      for (EmotionPolicy p : EmotionPolicy.values()) {
        double[] ab =
            posteriors.getOrDefault(segment, Map.of()).getOrDefault(p, new double[] {1, 1});
        LongAdder n = choices.getOrDefault(segment, Map.of()).get(p);
        Map<String, Double> arm = new LinkedHashMap<>();
        arm.put("chosen", n == null ? 0.0 : n.doubleValue());
        arm.put("alpha", ab[0]);
        arm.put("beta", ab[1]);
        arm.put("mean", ab[0] / (ab[0] + ab[1]));
        arms.put(p, arm);
      }
      out.put(segment, arms);
    }
    return out;
  }

  /** Stops the background job (a training in progress finishes first). */
  @Override
  public void close() {
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(60, TimeUnit.SECONDS)) {
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
