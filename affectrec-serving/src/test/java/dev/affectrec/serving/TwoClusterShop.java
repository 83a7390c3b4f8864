package dev.affectrec.serving;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small real shop for serving tests: 40 users and 40 items in two taste clusters. Users {@code
 * a0..a19} buy items {@code A0..A19}, users {@code b0..b19} buy {@code B0..B19}, each about 8 items
 * at random times over a month, seeded.
 */
final class TwoClusterShop {
  static final Instant T0 = Instant.parse("2026-10-01T10:00:00Z");
  static final EventContext MOBILE = new EventContext("mobile", "app", null, null, null);

  private TwoClusterShop() {}

  static List<Event> events() {
    Random random = new Random(7);
    List<Event> out = new ArrayList<>();
    int n = 0;
    for (String cluster : List.of("a", "b")) {
      for (int u = 0; u < 20; u++) {
        for (int k = 0; k < 8; k++) {
          int item = random.nextInt(20);
          // Both clusters shop at random times of day over a month: no context confound.
          out.add(
              event(
                  "e" + n,
                  cluster + u,
                  cluster.toUpperCase() + item,
                  EventType.PURCHASE,
                  random.nextInt(30 * 24 * 60),
                  null));
          n++;
        }
      }
    }
    return out;
  }

  static Event event(
      String id, String user, String item, EventType type, int minute, Double value) {
    return new Event(id, user, item, type, T0.plusSeconds(60L * minute), value, null, MOBILE);
  }

  static Event review(String id, String user, String item, int minute, String text) {
    return new Event(
        id,
        user,
        item,
        EventType.REVIEW,
        T0.plusSeconds(60L * minute),
        null,
        text,
        EventContext.EMPTY);
  }

  static EmotionReading reading(String user, Emotion top, double valenceSign, String sourceEvent) {
    double[] p = new double[Emotion.COUNT];
    java.util.Arrays.fill(p, 0.02);
    p[top.ordinal()] = 0.88;
    PolarityScores polarity =
        valenceSign < 0 ? new PolarityScores(0.9, 0.05, 0.05) : new PolarityScores(0.05, 0.05, 0.9);
    return EmotionReading.derived(
        Modality.TEXT,
        Subject.user(user),
        T0.plusSeconds(3600),
        EmotionDistribution.of(p),
        polarity,
        0.8,
        0.9,
        "test-model@1",
        sourceEvent);
  }
}
