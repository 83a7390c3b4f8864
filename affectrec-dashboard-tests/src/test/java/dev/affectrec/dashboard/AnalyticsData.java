package dev.affectrec.dashboard;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.store.EventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reviews with stored text readings for the analytics pages: 60 days of mostly joyful reviews of
 * three items by a dozen users (every ninth one sad with 2 stars), then, in the last 5 days, 4
 * angry or disgusted 1-star reviews a day of the serum that complain about its smell and its
 * leaking bottle. Readings are stored with the events, so no text model is needed.
 */
final class AnalyticsData {
  /** The item whose reviews turn angry. */
  static final String SOURED = "serum";

  static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
  static final int DAYS = 60;
  static final int ANGRY_DAYS = 5;
  static final int ANGRY_PER_DAY = 4;

  private static final List<String> ITEMS = List.of(SOURED, "shampoo", "soap");

  private AnalyticsData() {}

  static void load(EventStore store) {
    store.putItems(
        List.of(
            new Item(SOURED, "Night serum", "", List.of("skin care"), null, START),
            new Item("shampoo", "Mint shampoo", "", List.of("hair"), null, START),
            new Item("soap", "Olive soap", "", List.of("skin care"), null, START)));
    List<Event> events = new ArrayList<>();
    List<EmotionReading> readings = new ArrayList<>();
    int n = 0;
    for (int day = 0; day < DAYS; day++) {
      Instant time = START.plus(Duration.ofDays(day));
      for (int i = 0; i < ITEMS.size(); i++) {
        String user = "user-" + (day * 3 + i) % 12;
        boolean sad = n++ % 9 == 4;
        String text = sad ? "Sadly the quality is poor, I regret it" : "Lovely, the price is fair";
        add(
            events,
            readings,
            user,
            ITEMS.get(i),
            time.plusSeconds(60L * i),
            sad ? 2 : 5,
            text,
            sad ? Emotion.SADNESS : Emotion.JOY);
      }
      if (day >= DAYS - ANGRY_DAYS) {
        for (int k = 0; k < ANGRY_PER_DAY; k++) {
          boolean anger = k % 2 == 0;
          String text =
              anger
                  ? "I am furious: the bottle leaked all over my bag"
                  : "The smell is disgusting, like rotten eggs";
          add(
              events,
              readings,
              "angry-" + day + "-" + k,
              SOURED,
              time.plusSeconds(3600L + k),
              1,
              text,
              anger ? Emotion.ANGER : Emotion.DISGUST);
        }
      }
    }
    store.append(events);
    store.putReadings(readings);
  }

  private static void add(
      List<Event> events,
      List<EmotionReading> readings,
      String user,
      String item,
      Instant time,
      double rating,
      String text,
      Emotion top) {
    String id = "review-" + events.size();
    events.add(new Event(id, user, item, EventType.REVIEW, time, rating, text, null));
    readings.add(DemoData.reading(Modality.TEXT, Subject.user(user), time, top, 0.8, id));
  }
}
