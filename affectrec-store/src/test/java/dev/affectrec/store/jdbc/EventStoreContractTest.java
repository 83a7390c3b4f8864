package dev.affectrec.store.jdbc;

import static dev.affectrec.store.jdbc.TestEvents.T0;
import static dev.affectrec.store.jdbc.TestEvents.fullReview;
import static dev.affectrec.store.jdbc.TestEvents.rate;
import static dev.affectrec.store.jdbc.TestEvents.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.DailyEventCount;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.ItemCount;
import dev.affectrec.store.StoreException;
import dev.affectrec.store.StoreLock;
import dev.affectrec.store.StoreStats;
import dev.affectrec.store.TopEmotionCount;
import dev.affectrec.store.UserEventRange;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.AuditEntry;
import dev.affectrec.store.access.Consent;
import dev.affectrec.store.access.PendingErasure;
import dev.affectrec.store.access.StoredKey;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link EventStore} contract, written once and run against every database by a subclass per
 * database.
 */
abstract class EventStoreContractTest {
  @TempDir Path dataDir;

  EventStore store;

  /** Opens a store on an empty database; may be called again to reopen the same database. */
  abstract EventStore open(Path dataDir);

  @BeforeEach
  void openStore() {
    store = open(dataDir);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void aSharedLockIsHeldByOneStoreAtATimeUntilReleased() {
    try (EventStore other = open(dataDir)) {
      StoreLock held = store.tryLock("training").orElseThrow();
      assertThat(other.tryLock("training")).as("held by the first store").isEmpty();
      assertThat(store.tryLock("training")).as("not re-entrant").isEmpty();
      try (StoreLock different = other.tryLock("another").orElseThrow()) {
        assertThat(different).isNotNull();
      }

      held.close();
      held.close();

      StoreLock taken = other.tryLock("training").orElseThrow();
      assertThat(store.tryLock("training")).as("now held by the other store").isEmpty();
      taken.close();
    }
  }

  @Test
  void appendedEventsReadBackWithEveryField() {
    Event review = fullReview();
    assertThat(store.append(List.of(review))).isEqualTo(new AppendResult(1, 0, List.of(review)));

    assertThat(store.eventsOfUser("alice", 10)).containsExactly(review);
  }

  @Test
  void appendIsIdempotentByIdWithinAndAcrossBatches() {
    Event first = view("e1", "u1", "i1", 0);
    Event sameIdOtherContent = view("e1", "u2", "i2", 5);

    AppendResult batch =
        store.append(List.of(first, sameIdOtherContent, view("e2", "u1", "i2", 1)));
    AppendResult again = store.append(List.of(first, view("e3", "u1", "i1", 2)));

    assertThat(batch.inserted()).isEqualTo(2);
    assertThat(batch.duplicates()).isEqualTo(1);
    // The stored events are the ones listeners may count: the first of two with one id, in order.
    assertThat(batch.stored()).extracting(Event::id).containsExactly("e1", "e2");
    assertThat(batch.stored().get(0)).isSameAs(first);
    assertThat(again.stored()).extracting(Event::id).containsExactly("e3");
    assertThat(again.duplicates()).isEqualTo(1);
    assertThat(store.eventsOfUser("u1", 10))
        .extracting(Event::id)
        .containsExactly("e3", "e2", "e1");
    assertThat(store.eventsOfUser("u2", 10)).isEmpty();
  }

  @Test
  void emptyAppendStoresNothing() {
    assertThat(store.append(List.of())).isEqualTo(AppendResult.NONE);
    assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, Map.of()));
  }

  @Test
  void unknownUsersAndItemsGetBareRecords() {
    store.append(List.of(view("e1", "u1", "i1", 0)));

    assertThat(store.user("u1")).contains(User.ofId("u1"));
    assertThat(store.item("i1")).contains(Item.ofId("i1"));
    assertThat(store.user("nobody")).isEmpty();
    assertThat(store.item("nothing")).isEmpty();
  }

  @Test
  void aFailingBatchStoresNothing() {
    Event good = view("good", "new-user", "new-item", 0);
    Event unstorable = new Event("bad", "u9", "i9", EventType.VIEW, Instant.MAX, null, null, null);

    assertThatThrownBy(() -> store.append(List.of(good, unstorable)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time");

    assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, Map.of()));
  }

  @Test
  void itemsAndUsersAreUpsertedWithTheirAttributes() {
    store.append(List.of(view("e1", "u1", "i1", 0)));
    Item item =
        new Item(
            "i1",
            "Toy Story (1995)",
            "A cowboy doll 吃醋",
            List.of("Animation", "Comedy"),
            Map.of("release_date", "01-Jan-1995"),
            T0);
    User user = new User("u1", Map.of("age", "24", "gender", "M"), T0);

    store.putItems(List.of(item));
    store.putUsers(List.of(user));

    assertThat(store.item("i1")).contains(item);
    assertThat(store.user("u1")).contains(user);
    Item renamed = new Item("i1", "Toy Story", "", List.of(), Map.of(), null);
    store.putItems(List.of(renamed));
    assertThat(store.item("i1")).contains(renamed);
  }

  @Test
  void itemsAndUsersPageByIdIncludingThoseKnownOnlyFromEvents() {
    store.append(List.of(view("e1", "u3", "i3", 0), view("e2", "u1", "i2", 1)));
    store.putItems(List.of(new Item("i1", "One", "", List.of("c"), Map.of(), T0)));
    store.putUsers(List.of(new User("u2", Map.of("age", "30"), null)));

    List<String> items = new ArrayList<>();
    String after = null;
    for (List<Item> page = store.items(null, 2); !page.isEmpty(); page = store.items(after, 2)) {
      assertThat(page.size()).isLessThanOrEqualTo(2);
      page.forEach(i -> items.add(i.id()));
      after = page.get(page.size() - 1).id();
    }
    assertThat(items).containsExactly("i1", "i2", "i3");
    assertThat(store.items(null, 1).get(0)).isEqualTo(store.item("i1").orElseThrow());
    assertThat(store.users(null, 10)).extracting(User::id).containsExactly("u1", "u2", "u3");
    assertThat(store.users("u1", 1).get(0).attributes()).containsEntry("age", "30");
    assertThat(store.users("u3", 10)).isEmpty();
  }

  @Test
  void itemCountsSinceCountTheGivenTypesInTheWindowMostFirst() {
    store.append(
        List.of(
            view("old", "u1", "i1", 0),
            view("v1", "u1", "i2", 100),
            view("v2", "u2", "i2", 101),
            view("v3", "u3", "i3", 102),
            new Event("p1", "u1", "i3", EventType.PURCHASE, T0.plusSeconds(103), null, null, null),
            new Event("d1", "u2", "i1", EventType.DISLIKE, T0.plusSeconds(104), null, null, null)));
    Instant since = T0.plusSeconds(50);
    assertThat(store.itemCountsSince(since, Set.of(EventType.VIEW, EventType.PURCHASE), 10))
        .containsExactly(new ItemCount("i2", 2), new ItemCount("i3", 2));
    assertThat(store.itemCountsSince(since, Set.of(EventType.VIEW), 1))
        .containsExactly(new ItemCount("i2", 2));
    assertThat(store.itemCountsSince(T0.plusSeconds(200), Set.of(EventType.VIEW), 5)).isEmpty();
  }

  @Test
  void latestItemsAreTheNewestWithATime() {
    store.append(List.of(view("e1", "u1", "bare", 0)));
    store.putItems(
        List.of(
            new Item("old", "", "", List.of(), Map.of(), T0),
            new Item("new", "", "", List.of(), Map.of(), T0.plusSeconds(60)),
            new Item("same", "", "", List.of(), Map.of(), T0.plusSeconds(60))));
    assertThat(store.latestItems(10)).extracting(Item::id).containsExactly("new", "same", "old");
    assertThat(store.latestItems(1)).extracting(Item::id).containsExactly("new");
  }

  @Test
  void eventsOfUserAreNewestFirstAndLimited() {
    store.append(
        List.of(view("a", "u1", "i1", 10), view("b", "u1", "i2", 30), view("c", "u1", "i3", 20)));

    assertThat(store.eventsOfUser("u1", 2)).extracting(Event::id).containsExactly("b", "c");
    assertThatThrownBy(() -> store.eventsOfUser("u1", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void aRangeOfAUsersEventsIsReadInTimeAndIdOrderWithinOneClientSession() {
    store.append(
        List.of(
            view("a", "u1", "i1", 10),
            view("c", "u1", "i1", 20),
            view("b", "u1", "i1", 20),
            view("d", "u1", "i1", 20),
            view("e", "u1", "i1", 30),
            view("f", "u1", "i1", 40),
            view("b2", "u2", "i1", 20),
            inSession("s1", "u1", 20, "web-1"),
            inSession("s2", "u1", 30, "web-1"),
            inSession("s3", "u1", 30, "web-2"),
            inSession("s4", "u1", 25, " ")));
    Instant at20 = T0.plusSeconds(20);
    Instant at30 = T0.plusSeconds(30);

    // Without a client session id (null or blank), from (20, b) to (30, e), both inclusive.
    assertThat(store.eventsOfUser(new UserEventRange("u1", null, at20, "b", at30, "e"), 10))
        .extracting(Event::id)
        .containsExactly("b", "c", "d", "s4", "e");
    // The ids bound the range within one instant.
    assertThat(store.eventsOfUser(new UserEventRange("u1", null, at20, "c", at20, "c"), 10))
        .extracting(Event::id)
        .containsExactly("c");
    assertThat(store.eventsOfUser(new UserEventRange("u1", null, at20, "b", at30, "e"), 2))
        .extracting(Event::id)
        .containsExactly("b", "c");
    assertThat(store.eventsOfUser(new UserEventRange("u1", "web-1", at20, "a", at30, "z"), 10))
        .extracting(Event::id)
        .containsExactly("s1", "s2");
    assertThat(store.eventsOfUser(new UserEventRange("u3", null, at20, "a", at30, "z"), 10))
        .isEmpty();
    assertThatThrownBy(
            () -> store.eventsOfUser(new UserEventRange("u1", null, at20, "a", at30, "z"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  private static Event inSession(String id, String user, long secondsAfterT0, String session) {
    return new Event(
        id,
        user,
        "i1",
        EventType.VIEW,
        T0.plusSeconds(secondsAfterT0),
        null,
        null,
        new EventContext(null, null, null, null, session));
  }

  @Test
  void statsCountByType() {
    store.append(
        List.of(view("a", "u1", "i1", 0), view("b", "u2", "i1", 0), rate("c", "u1", "i2", 4, 0)));

    assertThat(store.stats()).isEqualTo(new StoreStats(2, 2, 3, Map.of("view", 2L, "rate", 1L)));
  }

  @Test
  void snapshotStreamsInTimeOrderAndIgnoresLaterWrites() {
    store.append(List.of(view("b", "u1", "i1", 20), view("a", "u1", "i1", 10)));

    try (EventSnapshot snapshot = store.snapshot()) {
      store.append(List.of(view("c", "u2", "i2", 0)));
      List<String> seen = new ArrayList<>();
      snapshot.forEach(e -> seen.add(e.id()));

      assertThat(snapshot.size()).isEqualTo(2);
      assertThat(seen).containsExactly("a", "b");
    }
    try (EventSnapshot later = store.snapshot()) {
      List<String> seen = new ArrayList<>();
      later.forEach(e -> seen.add(e.id()));
      assertThat(seen).containsExactly("c", "a", "b");
    }
  }

  @Test
  void closedSnapshotRefusesToStream() {
    EventSnapshot snapshot = store.snapshot();
    snapshot.close();
    snapshot.close();

    assertThatThrownBy(() -> snapshot.forEach(e -> {})).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parallelAppendsLoseNothing() throws Exception {
    int threads = 4;
    int batches = 10;
    int perBatch = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> inserted = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        inserted.add(
            pool.submit(
                () -> {
                  int sum = 0;
                  for (int b = 0; b < batches; b++) {
                    List<Event> batch = new ArrayList<>();
                    for (int k = 0; k < perBatch; k++) {
                      String id = thread + "-" + b + "-" + k;
                      batch.add(view(id, "u" + (k % 7), "i" + (k % 11), k));
                    }
                    batch.add(view("shared-" + b, "u0", "i0", 0));
                    sum += store.append(batch).inserted();
                  }
                  return sum;
                }));
      }
      int total = 0;
      for (Future<Integer> future : inserted) {
        total += future.get();
      }
      int expected = threads * batches * perBatch + batches;
      assertThat(total).isEqualTo(expected);
      assertThat(store.stats().events()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readingsRoundTripNewestLimitOldestFirst() {
    Subject alice = Subject.user("alice");
    EmotionReading older = reading(alice, T0, Emotion.JOY, null);
    EmotionReading newer = reading(alice, T0.plusSeconds(60), Emotion.SADNESS, "e1");
    EmotionReading newest = reading(alice, T0.plusSeconds(120), Emotion.ANGER, null);
    store.putReadings(
        List.of(newer, older, newest, reading(Subject.item("i1"), T0, Emotion.FEAR, null)));

    assertThat(store.readingsOf(alice, 2)).containsExactly(newer, newest);
    assertThat(store.readingsOf(alice, 10)).containsExactly(older, newer, newest);
    assertThat(store.readingsOf(Subject.session("s"), 10)).isEmpty();
  }

  @Test
  void readingsStoredOnceByIdAreNeverDuplicated() {
    Subject alice = Subject.user("alice");
    EmotionReading first = reading(alice, T0, Emotion.JOY, "e1");
    EmotionReading second = reading(alice, T0.plusSeconds(60), Emotion.SADNESS, "e2");
    assertThat(store.putReadingsOnce(java.util.Map.of("behaviour:e1", first))).isEqualTo(1);
    assertThat(
            store.putReadingsOnce(java.util.Map.of("behaviour:e1", first, "behaviour:e2", second)))
        .isEqualTo(1);
    assertThat(store.putReadingsOnce(java.util.Map.of())).isZero();
    assertThat(store.readingsOf(alice, 10)).containsExactly(first, second);
    assertThatThrownBy(() -> store.putReadingsOnce(java.util.Map.of(" ", first)))
        .hasMessageContaining("reading id");
  }

  @Test
  void deleteUserRemovesEventsReadingsAndTheUser() {
    store.append(List.of(view("e1", "alice", "i1", 0), view("e2", "bob", "i1", 0)));
    store.putReadings(
        List.of(
            reading(Subject.user("alice"), T0, Emotion.JOY, null),
            reading(Subject.item("i1"), T0, Emotion.JOY, "e1"),
            reading(Subject.user("bob"), T0, Emotion.JOY, "e2")));

    assertThat(store.deleteUser("alice")).isTrue();

    assertThat(store.user("alice")).isEmpty();
    assertThat(store.eventsOfUser("alice", 10)).isEmpty();
    assertThat(store.readingsOf(Subject.user("alice"), 10)).isEmpty();
    assertThat(store.readingsOf(Subject.item("i1"), 10)).isEmpty();
    assertThat(store.readingsOf(Subject.user("bob"), 10)).hasSize(1);
    assertThat(store.eventsOfUser("bob", 10)).hasSize(1);
    assertThat(store.deleteUser("alice")).isFalse();
  }

  @Test
  void anErasureIsRecordedWithTheDeletionAndClearedByTime() {
    store.append(List.of(view("e1", "alice", "i1", 0), view("e2", "bob", "i1", 0)));
    PendingErasure alice = new PendingErasure("hash-alice", T0.plusSeconds(10));

    assertThat(store.deleteUser("alice", alice)).isTrue();
    assertThat(store.deleteUser("nobody", new PendingErasure("hash-nobody", T0))).isFalse();
    store.access().putPendingErasure(new PendingErasure("hash-bob", T0.plusSeconds(20)));

    assertThat(store.access().pendingErasures())
        .containsExactly(alice, new PendingErasure("hash-bob", T0.plusSeconds(20)));
    assertThat(store.access().clearErasuresBefore(T0.plusSeconds(15))).isEqualTo(1);
    assertThat(store.access().pendingErasures())
        .extracting(PendingErasure::userHash)
        .containsExactly("hash-bob");
  }

  @Test
  void aSecretIsCreatedOnceAndKeptAcrossReopening() {
    String first = store.access().secret("erasure");
    assertThat(first).matches("[0-9a-f]{64}");
    assertThat(store.access().secret("erasure")).isEqualTo(first);
    assertThat(store.access().secret("other")).isNotEqualTo(first);
    store.close();

    store = open(dataDir);

    assertThat(store.access().secret("erasure")).isEqualTo(first);
  }

  @Test
  void unreadTextsAreReviewsAndSearchesWithoutAReadingPagedInTimeOrder() {
    Event read = TestEvents.review("t1", "u1", "i1", "read already");
    Event first = TestEvents.review("t3", "u1", "i1", "not read yet");
    Event second = TestEvents.review("t4", "u2", "i2", "not read either");
    store.append(List.of(read, first, second, view("v1", "u1", "i1", 0)));
    store.putReadings(List.of(reading(Subject.user("u1"), T0, Emotion.JOY, "t1")));

    assertThat(store.unreadTexts(null, 10)).extracting(Event::id).containsExactly("t3", "t4");
    assertThat(store.unreadTexts(null, 1)).extracting(Event::id).containsExactly("t3");
    assertThat(store.unreadTexts(first, 10)).extracting(Event::id).containsExactly("t4");
    assertThat(store.unreadTexts(second, 10)).isEmpty();
  }

  @Test
  void anEventAfterDeletingItsUserRecreatesTheUser() {
    store.append(List.of(view("e1", "alice", "i1", 0)));
    store.deleteUser("alice");

    store.append(List.of(view("e2", "alice", "i1", 1)));

    assertThat(store.user("alice")).contains(User.ofId("alice"));
    assertThat(store.stats().users()).isEqualTo(1);
  }

  @Test
  void reopeningKeepsDataAndDoesNotMigrateTwice() {
    store.append(List.of(view("e1", "u1", "i1", 0)));
    store.close();

    store = open(dataDir);

    assertThat(store.stats().events()).isEqualTo(1);
  }

  @Test
  void aClosedStoreRefusesWork() {
    store.close();
    store.close();

    assertThatThrownBy(() -> store.stats()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.append(List.of(view("e", "u", "i", 0))))
        .isInstanceOf(IllegalStateException.class);
  }

  static EmotionReading reading(Subject subject, Instant time, Emotion top, String sourceEvent) {
    double[] p = new double[Emotion.COUNT];
    java.util.Arrays.fill(p, 0.05);
    p[top.ordinal()] = 0.7;
    return EmotionReading.derived(
        Modality.TEXT,
        subject,
        time,
        EmotionDistribution.of(p),
        new PolarityScores(0.2, 0.3, 0.5),
        0.6,
        0.9,
        "test-model@1",
        sourceEvent);
  }

  @Test
  void keysAreFoundByHashAndRevoked() {
    AccessStore access = store.access();
    access.putKey(new StoredKey("k1", "hash-1", "admin", "ops", T0, false));
    access.putKey(new StoredKey("k2", "hash-2", "read", "", T0.plusSeconds(1), false));
    assertThat(access.keyByHash("hash-1"))
        .get()
        .extracting(StoredKey::id, StoredKey::role)
        .containsExactly("k1", "admin");
    assertThat(access.keyByHash("nope")).isEmpty();
    assertThat(access.keys()).extracting(StoredKey::id).containsExactly("k1", "k2");
    assertThat(access.revokeKey("k1")).isTrue();
    assertThat(access.revokeKey("missing")).isFalse();
    assertThat(access.keyByHash("hash-1")).get().extracting(StoredKey::revoked).isEqualTo(true);
    assertThatThrownBy(() -> access.putKey(new StoredKey("k3", "hash-2", "read", "", T0, false)))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void consentIsReplacedPerModalityAndErasedWithTheUser() {
    AccessStore access = store.access();
    store.append(List.of(view("e1", "u1", "i1", 0)));
    access.putConsent(new Consent("u1", Modality.FACE, true, T0));
    access.putConsent(new Consent("u1", Modality.TEXT, true, T0));
    access.putConsent(new Consent("u1", Modality.FACE, false, T0.plusSeconds(5)));
    assertThat(access.consentsOf("u1"))
        .extracting(Consent::modality, Consent::granted)
        .containsExactly(tuple(Modality.TEXT, true), tuple(Modality.FACE, false));
    assertThat(store.deleteUser("u1")).isTrue();
    assertThat(access.consentsOf("u1")).isEmpty();
  }

  @Test
  void usersRefusingListsOnlyRecordedRefusalsOfTheModality() {
    AccessStore access = store.access();
    store.append(List.of(view("e1", "u1", "i1", 0), view("e2", "u2", "i1", 1)));
    access.putConsent(new Consent("u1", Modality.BEHAVIOUR, false, T0));
    access.putConsent(new Consent("u1", Modality.FACE, true, T0));
    access.putConsent(new Consent("u2", Modality.BEHAVIOUR, true, T0));
    access.putConsent(new Consent("u2", Modality.TEXT, false, T0));
    access.putConsent(new Consent("u3", Modality.BEHAVIOUR, false, T0));
    assertThat(access.usersRefusing(Modality.BEHAVIOUR)).containsExactlyInAnyOrder("u1", "u3");
    assertThat(access.usersRefusing(Modality.TEXT)).containsExactly("u2");
    assertThat(access.usersRefusing(Modality.FACE)).isEmpty();
    access.putConsent(new Consent("u3", Modality.BEHAVIOUR, true, T0.plusSeconds(1)));
    assertThat(store.deleteUser("u1")).isTrue();
    assertThat(access.usersRefusing(Modality.BEHAVIOUR)).isEmpty();
  }

  @Test
  void auditLogIsNewestFirst() {
    AccessStore access = store.access();
    access.appendAudit(new AuditEntry(T0, "k1", "DELETE /v1/users/{id}", "p_abc", 204));
    access.appendAudit(new AuditEntry(T0.plusSeconds(1), "k1", "POST /v1/keys", null, 201));
    assertThat(access.audit(10))
        .extracting(AuditEntry::action)
        .containsExactly("POST /v1/keys", "DELETE /v1/users/{id}");
    assertThat(access.audit(1)).hasSize(1);
    assertThat(access.audit(10).get(1).target()).isEqualTo("p_abc");
  }

  @Test
  void newestEventTimeIsTheLatestEventOrEmpty() {
    assertThat(store.newestEventTime()).isEmpty();
    store.append(List.of(view("e1", "u1", "i1", 60), view("e2", "u2", "i1", 0)));
    assertThat(store.newestEventTime()).contains(T0.plusSeconds(60));
  }

  @Test
  void countsUsersWhoseIdsAreNotShapedLikeAPseudonym() {
    String pseudonym = "p_" + "0123456789abcdef".repeat(2);
    store.append(
        List.of(
            view("e1", pseudonym, "i1", 0),
            view("e2", "p_short", "i1", 0),
            view("e3", "alice", "i1", 0)));
    assertThat(store.countUsersNotShaped("p_", pseudonym.length())).isEqualTo(2);
  }

  @Test
  void eventsPerDayCountsByUtcDayAndTypeWithinTheWindow() {
    long day = 86_400;
    store.append(
        List.of(
            view("e1", "u1", "i1", 0),
            view("e2", "u2", "i1", 60),
            rate("e3", "u1", "i1", 4, 120),
            view("e4", "u1", "i2", day),
            view("e5", "u1", "i2", 5 * day)));
    LocalDate first = LocalDate.of(2024, 5, 1);

    assertThat(store.eventsPerDay(T0.minusSeconds(day), T0.plusSeconds(5 * day)))
        .containsExactly(
            new DailyEventCount(first, "rate", 1),
            new DailyEventCount(first, "view", 2),
            new DailyEventCount(first.plusDays(1), "view", 1));
    assertThat(store.eventsPerDay(T0.plusSeconds(10 * day), T0.plusSeconds(11 * day))).isEmpty();
    assertThatThrownBy(() -> store.eventsPerDay(T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before");
  }

  @Test
  void topEmotionCountsGroupUserReadingsByModalityAndTopEmotion() {
    Subject alice = Subject.user("alice");
    double[] tie = new double[Emotion.COUNT];
    tie[Emotion.FEAR.ordinal()] = 0.5;
    tie[Emotion.JOY.ordinal()] = 0.5;
    store.putReadings(
        List.of(
            reading(alice, T0, Emotion.JOY, null),
            reading(alice, T0.plusSeconds(1), Emotion.JOY, null),
            reading(Subject.user("bob"), T0.plusSeconds(2), Emotion.ANGER, null),
            reading(alice, T0.minusSeconds(3600), Emotion.SADNESS, null),
            reading(Subject.item("i1"), T0, Emotion.FEAR, null),
            EmotionReading.derived(
                Modality.FACE,
                alice,
                T0,
                EmotionDistribution.of(tie),
                new PolarityScores(0.2, 0.3, 0.5),
                0.6,
                0.9,
                "test-face@1",
                null)));

    assertThat(store.topEmotionCounts(T0))
        .containsExactly(
            new TopEmotionCount(Modality.TEXT, Emotion.ANGER, 1),
            new TopEmotionCount(Modality.TEXT, Emotion.JOY, 2),
            new TopEmotionCount(Modality.FACE, Emotion.FEAR, 1));
    assertThat(store.topEmotionCounts(T0.plusSeconds(60))).isEmpty();
  }

  @Test
  void readingsAboutAnItemJoinThroughTheirSourceEvents() {
    store.append(List.of(view("r1", "u1", "i1", 10), view("r2", "u2", "i2", 20)));
    EmotionReading aboutI1 = reading(Subject.user("u1"), T0.plusSeconds(10), Emotion.ANGER, "r1");
    EmotionReading aboutI2 = reading(Subject.user("u2"), T0.plusSeconds(20), Emotion.JOY, "r2");
    store.putReadings(List.of(aboutI1, aboutI2));
    assertThat(store.readingsAboutItem("i1", 10)).containsExactly(aboutI1);
    assertThat(store.readingsAboutItem("i2", 10))
        .singleElement()
        .extracting(EmotionReading::subject)
        .isEqualTo(Subject.user("u2"));
    assertThat(store.readingsAboutItem("nothing", 10)).isEmpty();
  }

  @Test
  void readingsAboutManyItemsAreTheNewestOfEachItemAsAskedOneByOne() {
    store.append(
        List.of(
            view("r1", "u1", "i1", 10),
            view("r2", "u2", "i1", 20),
            view("r3", "u3", "i1", 30),
            view("r4", "u1", "i2", 40),
            view("r5", "u1", "i3", 50)));
    store.putReadings(
        List.of(
            reading(Subject.user("u1"), T0.plusSeconds(10), Emotion.ANGER, "r1"),
            reading(Subject.user("u2"), T0.plusSeconds(20), Emotion.JOY, "r2"),
            reading(Subject.user("u3"), T0.plusSeconds(30), Emotion.FEAR, "r3"),
            reading(Subject.user("u1"), T0.plusSeconds(40), Emotion.JOY, "r4"),
            reading(Subject.user("u1"), T0.plusSeconds(50), Emotion.JOY, "r5")));
    Map<String, List<EmotionReading>> batch =
        store.readingsAboutItems(List.of("i1", "i2", "nothing"), 2);
    assertThat(batch)
        .containsOnlyKeys("i1", "i2")
        .containsEntry("i1", store.readingsAboutItem("i1", 2))
        .containsEntry("i2", store.readingsAboutItem("i2", 2));
    assertThat(batch.get("i1"))
        .extracting(EmotionReading::subject)
        .containsExactly(Subject.user("u2"), Subject.user("u3"));
  }

  @Test
  void manyItemsAreReadTogetherAndUnknownIdsAreLeftOut() {
    List<Item> stored = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < CatalogRows.IDS_PER_QUERY + 20; i++) {
      stored.add(new Item("item-" + i, "Title " + i, "", List.of(), Map.of(), null));
      asked.add("item-" + i);
    }
    store.putItems(stored);
    asked.add("missing");
    Map<String, Item> found = store.items(asked);
    assertThat(found).hasSize(stored.size());
    assertThat(found.get("item-7")).isEqualTo(store.item("item-7").orElseThrow());
    assertThat(found).doesNotContainKey("missing");
    store.append(List.of(view("c1", "u1", "item-1", 1), view("c2", "u1", "item-2", 2)));
    assertThat(store.eventCount()).isEqualTo(2).isEqualTo(store.stats().events());
  }

  @Test
  void snapshotStreamsEventReadingsOldestFirstAndIgnoresLaterOnes() {
    Subject alice = Subject.user("alice");
    EmotionReading fromEvent = reading(alice, T0.plusSeconds(60), Emotion.SADNESS, "e1");
    EmotionReading olderFromEvent = reading(alice, T0, Emotion.JOY, "e0");
    store.putReadings(List.of(fromEvent, reading(alice, T0, Emotion.ANGER, null), olderFromEvent));
    try (EventSnapshot snapshot = store.snapshot()) {
      List<EmotionReading> seen = new ArrayList<>();
      snapshot.forEachEventReading(seen::add);
      store.putReadings(List.of(reading(alice, T0.plusSeconds(90), Emotion.FEAR, "e2")));
      List<EmotionReading> again = new ArrayList<>();
      snapshot.forEachEventReading(again::add);
      assertThat(seen).containsExactly(olderFromEvent, fromEvent);
      assertThat(again).isEqualTo(seen);
    }
  }
}
