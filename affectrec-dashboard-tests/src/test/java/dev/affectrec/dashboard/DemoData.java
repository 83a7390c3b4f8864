package dev.affectrec.dashboard;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.demo.DemoConfig;
import dev.affectrec.demo.DemoShop;
import dev.affectrec.store.EventStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A small demo shop (14 days ending today) and stored emotion readings: a scripted history for the
 * shop's first user across three modalities, and one reading each for a dozen other users.
 */
final class DemoData {
  /** Readings of the first user: text and face read joy, behaviour reads sadness. */
  static final int TEXT_READINGS = 4;

  static final int FACE_READINGS = 3;
  static final int BEHAVIOUR_READINGS = 2;

  final DemoShop shop;
  final String user;
  final List<EmotionReading> userReadings = new ArrayList<>();

  /** Readings of reviews of {@link #profiledItem}: older ones negative, recent ones positive. */
  static final int ITEM_OLDER_READINGS = 3;

  static final int ITEM_RECENT_READINGS = 4;

  /** Every stored reading, about any user. */
  int readings;

  /** An item with review readings, 3 older than 30 days and 4 recent, so it has a trend. */
  String profiledItem;

  private DemoData(DemoShop shop) {
    this.shop = shop;
    this.user = shop.users().get(0).id();
  }

  /** Generates the shop and stores it with the readings in {@code store}. */
  static DemoData load(EventStore store, Instant now) {
    Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(13, ChronoUnit.DAYS);
    DemoData data = new DemoData(DemoShop.generate(new DemoConfig(7, 40, 3, 14, start)));
    store.putUsers(data.shop.users());
    store.putItems(data.shop.items());
    store.append(data.shop.events().stream().filter(e -> e.time().isBefore(now)).toList());

    Subject subject = Subject.user(data.user);
    for (int i = 0; i < TEXT_READINGS; i++) {
      data.userReadings.add(
          reading(Modality.TEXT, subject, now.minusSeconds(3600L * (8 - i)), Emotion.JOY, 0.7));
    }
    for (int i = 0; i < FACE_READINGS; i++) {
      data.userReadings.add(
          reading(
              Modality.FACE, subject, now.minusSeconds(3600L * (6 - i) + 900), Emotion.JOY, 0.6));
    }
    for (int i = 0; i < BEHAVIOUR_READINGS; i++) {
      data.userReadings.add(
          reading(
              Modality.BEHAVIOUR,
              subject,
              now.minusSeconds(3600L * (5 - i) + 1800),
              Emotion.SADNESS,
              0.4));
    }
    List<EmotionReading> all = new ArrayList<>(data.userReadings);
    Emotion[] moods = {Emotion.ANGER, Emotion.FEAR, Emotion.SURPRISE, Emotion.NEUTRAL};
    for (int u = 1; u <= 12; u++) {
      all.add(
          reading(
              u % 2 == 0 ? Modality.TEXT : Modality.FACE,
              Subject.user(data.shop.users().get(u).id()),
              now.minusSeconds(600L * u),
              moods[u % moods.length],
              0.8));
    }
    Event about =
        data.shop.events().stream()
            .filter(e -> e.item() != null && e.time().isBefore(now))
            .findFirst()
            .orElseThrow();
    data.profiledItem = about.item();
    for (int i = 0; i < ITEM_OLDER_READINGS + ITEM_RECENT_READINGS; i++) {
      boolean recent = i >= ITEM_OLDER_READINGS;
      all.add(
          reading(
              Modality.TEXT,
              Subject.user(about.user()),
              now.minus(recent ? 2 + i : 40 + i, ChronoUnit.DAYS),
              recent ? Emotion.JOY : Emotion.SADNESS,
              0.8,
              about.id()));
    }
    store.putReadings(all);
    data.readings = all.size();
    return data;
  }

  private static EmotionReading reading(
      Modality modality, Subject subject, Instant time, Emotion top, double confidence) {
    return reading(modality, subject, time, top, confidence, null);
  }

  /** A reading leaning 0.7 to {@code top}, its polarity positive for joy and surprise. */
  static EmotionReading reading(
      Modality modality,
      Subject subject,
      Instant time,
      Emotion top,
      double confidence,
      String sourceEvent) {
    double[] p = new double[Emotion.COUNT];
    java.util.Arrays.fill(p, 0.05);
    p[top.ordinal()] = 0.7;
    boolean positive = top == Emotion.JOY || top == Emotion.SURPRISE;
    return EmotionReading.derived(
        modality,
        subject,
        time,
        EmotionDistribution.of(p),
        positive
            ? PolarityScores.normalised(0.1, 0.2, 0.7)
            : PolarityScores.normalised(0.7, 0.2, 0.1),
        0.6,
        confidence,
        "dashboard-test",
        sourceEvent);
  }
}
