package dev.affectrec.serving;

import dev.affectrec.api.event.Item;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.hybrid.EmotionAwareRecommender;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.policy.NegativeReviewRule;
import dev.affectrec.serving.privacy.ErasedUsers;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of the served model: loading the saved one, the background training schedule, one
 * training at a time, saving, and the atomic swap. {@link #retrain} trains on a store snapshot in
 * the caller's thread (or the background job's), saves the model to the {@link ModelDirectory},
 * then swaps it in; requests in flight finish on the old model. The swap rebases the {@link
 * LiveUpdates} on the new catalogue and runs the swap hook (which drops cached user views) while
 * holding the live state's lock, so no accepted event falls between the two. Thread-safe.
 */
final class ModelLifecycle implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ModelLifecycle.class);

  private final EventStore store;
  private final ModelDirectory models;
  private final ServingOptions options;
  private final ReviewReader reviews;
  private final Clock clock;
  private final LiveUpdates live;
  private final Runnable onSwap;
  private final FusionConfig fusion;

  /** The store lock a training holds, see {@link EventStore#tryLock}. */
  static final String TRAINING_LOCK = "training";

  /** How often a server looks for a model version another server saved. */
  static final Duration FOLLOW_EVERY = Duration.ofSeconds(2);

  private final ErasedUsers erased;
  private final AtomicReference<ServedModel> current = new AtomicReference<>();
  private final ReentrantLock training = new ReentrantLock();
  private final ScheduledExecutorService scheduler;
  private CompletableFuture<ModelManifest> pending; // guarded by this
  private boolean rerun; // guarded by this
  private boolean rerunFirst; // guarded by this

  /**
   * @param live rebased on every swap; marked at each training snapshot
   * @param onSwap run with the live state's lock held right after a new model is in service
   */
  ModelLifecycle(
      EventStore store,
      ModelDirectory models,
      ServingOptions options,
      ReviewReader reviews,
      Clock clock,
      LiveUpdates live,
      FusionConfig fusion,
      Runnable onSwap) {
    this.store = Objects.requireNonNull(store, "store is required");
    this.models = Objects.requireNonNull(models, "models is required");
    this.options = Objects.requireNonNull(options, "options is required");
    this.reviews = Objects.requireNonNull(reviews, "reviews is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
    this.live = Objects.requireNonNull(live, "live is required");
    this.fusion = Objects.requireNonNull(fusion, "fusion is required");
    this.onSwap = Objects.requireNonNull(onSwap, "onSwap is required");
    this.erased = ErasedUsers.of(store.access());
    this.scheduler = BackgroundThreads.scheduler("affectrec-retrain");
  }

  /** The model in service, or null before the first. */
  ServedModel current() {
    return current.get();
  }

  /**
   * Puts the saved model in service, if there is one, without its cold-start index: that is built
   * by the first request that needs it, or at once off the request path by {@link #start} (a
   * training builds its model's index before returning). A saved model that holds a user whose
   * erasure is still pending (a crash came between the erasure and the deletion of the saved
   * models) is served without them ({@link ServedModel#without}), deleted from disk and retrained
   * at {@link #start}.
   *
   * @return whether a model was loaded
   * @throws IOException if the saved model is unreadable
   */
  boolean loadSaved() throws IOException {
    deleteUnfinished();
    Optional<ModelDirectory.Loaded> loaded = models.load();
    if (loaded.isPresent()) {
      ServedModel served = swapIn(loaded.get().model(), loaded.get().manifest(), live.sequence());
      if (!served.hiddenUsers().isEmpty()) {
        LOG.warn(
            "the saved model {} holds {} erased user(s): serving it without them, deleting it and"
                + " retraining",
            served.manifest().version(),
            served.hiddenUsers().size());
        models.deleteAll();
      }
    }
    return loaded.isPresent();
  }

  /**
   * Deletes the model versions a crash left before {@code CURRENT} moved to them (see {@link
   * ModelDirectory#deleteUnfinished}), unless another server holds the training lock and may be
   * saving one now.
   */
  private void deleteUnfinished() throws IOException {
    try (StoreLock shared = sharedTrainingLock()) {
      LOG.debug("holding the training lock {}", shared);
      List<String> deleted = models.deleteUnfinished();
      if (!deleted.isEmpty()) {
        LOG.warn("deleted model version(s) {} left unfinished by a crash", deleted);
      }
    } catch (TrainingElsewhereException e) {
      LOG.debug("another server trains: leaving its model versions alone");
    }
  }

  /**
   * Starts the background job: retrains every {@link ServingOptions#retrainInterval()} when events
   * arrived since the served model's snapshot. Without a model it trains at once.
   */
  void start() {
    ServedModel served = current.get();
    if (served == null || !served.hiddenUsers().isEmpty()) {
      retrainAsync(false);
    } else {
      // A service builds the saved model's cold-start index now, off the request path.
      scheduler.execute(() -> buildColdStart(served));
    }
    scheduler.scheduleWithFixedDelay(
        this::follow, FOLLOW_EVERY.toMillis(), FOLLOW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    long every = options.retrainInterval().toMillis();
    if (every > 0) {
      scheduler.scheduleWithFixedDelay(
          () -> {
            try {
              if (!upToDate()) {
                retrain();
              }
            } catch (TrainingElsewhereException e) {
              LOG.info(e.getMessage());
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
  boolean upToDate() {
    ServedModel s = current.get();
    return s != null
        && s.manifest().base().equals(options.base())
        && s.manifest().events() == store.eventCount();
  }

  /** Whether a training run is in progress. */
  boolean training() {
    return training.isLocked();
  }

  /**
   * Brings readings up to date, trains on a fresh snapshot, saves the model and puts it in service.
   * One training at a time; a caller arriving during a run waits for it and then trains again.
   *
   * @throws IllegalArgumentException when the store holds no interaction to train on
   * @throws UncheckedIOException when the model cannot be saved (the old model stays in service)
   */
  ModelManifest retrain() {
    training.lock();
    try (StoreLock shared = sharedTrainingLock()) {
      LOG.debug("holding the training lock {}", shared);
      long watermark = live.mark();
      Instant readAt = clock.instant();
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
      ServedModel served = swapIn(trained.model(), trained.manifest(), watermark);
      settleErasures(served, readAt);
      buildColdStart(served); // on the training thread, not on a request
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
   * The store-wide training lock, so that among the servers sharing one store (replicas on one
   * PostgreSQL database, or processes on one SQLite directory) exactly one trains at a time; a
   * store without shared locks is used by this process alone.
   *
   * @throws TrainingElsewhereException when another server holds it
   */
  private StoreLock sharedTrainingLock() {
    Optional<StoreLock> lock;
    try {
      lock = store.tryLock(TRAINING_LOCK);
    } catch (UnsupportedOperationException e) {
      return () -> {};
    }
    return lock.orElseThrow(TrainingElsewhereException::new);
  }

  /**
   * Follows the other servers on the same store and model directory: puts in service a version
   * another server saved ({@code CURRENT} names a version other than the served one), and hides the
   * users whose erasure another server recorded (pending erasures) from the served model. Run every
   * {@link #FOLLOW_EVERY}; skipped while this server trains.
   */
  void follow() {
    if (!training.tryLock()) {
      return;
    }
    try {
      ServedModel served = current.get();
      Optional<String> saved = models.currentVersion();
      if (saved.isPresent()
          && (served == null || !served.manifest().version().equals(saved.get()))) {
        Optional<ModelDirectory.Loaded> loaded = models.load();
        if (loaded.isPresent()) {
          swapIn(loaded.get().model(), loaded.get().manifest(), live.sequence());
          LOG.info("serving model {} saved by another server", loaded.get().manifest().version());
        }
      } else if (served != null) {
        ServedModel hidden =
            served.without(
                erased.pendingAmong(served.model().users().size(), served.model().users()::id));
        if (hidden != served) {
          current.compareAndSet(served, hidden);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Another server may be replacing or deleting the version; the next round retries.
      LOG.warn("could not follow the saved model: {}", e.getMessage());
    } finally {
      training.unlock();
    }
  }

  /**
   * Starts {@link #retrain} on the background thread unless one is already queued or running (one
   * flight at a time). With {@code fresh}, a run already in progress (whose snapshot may predate
   * the caller's change, such as an erasure) is followed by one more.
   *
   * @return the run's result
   */
  synchronized CompletableFuture<ModelManifest> retrainAsync(boolean fresh) {
    CompletableFuture<ModelManifest> p = pending;
    if (p != null && !p.isDone()) {
      rerun |= fresh;
      return p;
    }
    return submit(false);
  }

  /**
   * Trains the first model on the background thread, coalescing with the run queued or in progress:
   * when a run is pending, one more first-model run follows it. A first-model run does nothing when
   * a model is in service by the time it holds the training lock (another run, the saved model or a
   * caller's {@link #retrain} put one there), so any number of calls give one model.
   */
  synchronized void trainFirstModel() {
    if (current.get() != null) {
      return;
    }
    CompletableFuture<ModelManifest> p = pending;
    if (p != null && !p.isDone()) {
      rerunFirst = true;
      return;
    }
    submit(true);
  }

  /** Queues one run; {@code firstOnly} skips it when a model is in service by then. */
  private CompletableFuture<ModelManifest> submit(boolean firstOnly) {
    CompletableFuture<ModelManifest> next = new CompletableFuture<>();
    if (scheduler.isShutdown()) {
      next.completeExceptionally(new IllegalStateException("the model service is closed"));
      return next;
    }
    pending = next;
    scheduler.execute(
        () -> {
          training.lock();
          try {
            if (firstOnly) {
              follow(); // another server on the store may have saved one meanwhile
            }
            ServedModel served = current.get();
            next.complete(firstOnly && served != null ? served.manifest() : retrain());
          } catch (TrainingElsewhereException e) {
            LOG.info(e.getMessage());
            next.completeExceptionally(e);
          } catch (RuntimeException e) {
            LOG.warn("retraining failed: {}", e.getMessage());
            next.completeExceptionally(e);
          } finally {
            training.unlock();
          }
          synchronized (this) {
            if (rerun) {
              rerun = false;
              rerunFirst = false;
              submit(false);
            } else if (rerunFirst) {
              rerunFirst = false;
              submit(true);
            }
          }
        });
    return next;
  }

  private static void buildColdStart(ServedModel served) {
    try {
      served.coldStart();
    } catch (RuntimeException e) {
      LOG.warn("building the cold-start index failed; the first request that needs it retries", e);
    }
  }

  /**
   * Makes an item added or changed in the catalogue recommendable to cold-start users at once
   * (collaborative filtering needs interactions and a retraining). Does nothing before the first
   * model.
   */
  void itemChanged(Item item) {
    current.updateAndGet(s -> s == null ? null : s.withItem(item));
  }

  /**
   * Forgets an erased user in the served model at once ({@link ServedModel#without}) and deletes
   * the saved models that may hold them before the erasure is acknowledged: every version when the
   * served model holds them, else the versions before the served one. The caller retrains.
   */
  void erased(String user) {
    ServedModel served = current.updateAndGet(s -> s == null ? null : s.without(Set.of(user)));
    if (served != null) {
      served.recommender().forget(user);
    }
    try {
      if (served == null || served.model().users().indexOf(user) >= 0) {
        models.deleteAll();
      } else {
        models.deleteAllBut(served.manifest().version());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the erased user may remain in the saved models in " + models.root() + ": " + e, e);
    }
  }

  /**
   * After a retraining: when the new model holds no user with a pending erasure, the erasures
   * recorded before its data was read are settled and their records deleted; when it does (an
   * erasure raced the snapshot), its saved version is deleted and the records stay for the next
   * run.
   */
  private void settleErasures(ServedModel served, Instant readAt) {
    if (served.hiddenUsers().isEmpty()) {
      store.access().clearErasuresBefore(readAt);
      return;
    }
    try {
      models.delete(served.manifest().version());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "an erased user may remain in the saved model in " + models.root() + ": " + e, e);
    }
  }

  private ServedModel swapIn(HybridEmotionModel model, ModelManifest manifest, long watermark) {
    List<String> ids = new ArrayList<>(model.items().size());
    for (int i = 0; i < model.items().size(); i++) {
      ids.add(model.items().id(i));
    }
    Map<String, Item> stored = store.items(ids);
    List<Item> catalogue = new ArrayList<>(ids.size());
    for (String id : ids) {
      catalogue.add(stored.getOrDefault(id, Item.ofId(id)));
    }
    EmotionAwareRecommender recommender =
        new EmotionAwareRecommender(
            model, fusion, NegativeReviewRule.DEFAULTS, -0.3, titles(catalogue));
    ServedModel next =
        new ServedModel(
                model,
                recommender,
                LazyColdStart.of(() -> ColdStartIndex.build(store, catalogue, clock.instant())),
                manifest,
                Set.of(),
                Set.of())
            .without(erased.pendingAmong(model.users().size(), model.users()::id));
    synchronized (live) {
      current.set(next);
      live.rebase(model.items(), watermark);
      onSwap.run();
    }
    return next;
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

  /** Stops the background job (a training in progress finishes first). */
  @Override
  public void close() {
    synchronized (this) {
      scheduler.shutdown(); // no run is queued after this (see submit)
    }
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
