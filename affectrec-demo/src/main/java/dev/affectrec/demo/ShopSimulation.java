package dev.affectrec.demo;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs the shop day by day: shoppers whose mood drifts browse items that fit their taste and mood,
 * buy some, rate and review what they bought (the review's emotion follows the item's quality and
 * the shopper's mood) and return what disappointed them. Not thread-safe; use once.
 */
final class ShopSimulation {
  private static final String[] DEVICES = {"mobile", "desktop"};
  private final DemoConfig config;
  private final SplittableRandom random;
  private final List<Event> events = new ArrayList<>();
  private final String idPrefix;
  private final Map<String, Shopper> shoppersById = new java.util.LinkedHashMap<>();
  private final Map<String, Emotion> moods = new java.util.HashMap<>();
  private final Map<String, DemoItem> itemsById = new java.util.HashMap<>();
  private List<DemoItem> catalogue = List.of();
  private boolean live;
  private long nextId;

  ShopSimulation(DemoConfig config) {
    this.config = config;
    this.random = new SplittableRandom(config.seed());
    this.idPrefix = "demo-" + Long.toHexString(config.seed()) + "-";
  }

  DemoShop run() {
    catalogue = Catalogue.build(config.itemsPerCategory(), config.start(), random);
    catalogue.forEach(i -> itemsById.put(i.item().id(), i));
    List<Shopper> shoppers = new ArrayList<>();
    for (int u = 0; u < config.users(); u++) {
      shoppers.add(newShopper(u));
    }
    shoppers.forEach(s -> shoppersById.put(s.id(), s));
    for (Shopper shopper : shoppers) {
      Emotion mood = shopper.baseMood();
      for (int day = 0; day < config.days(); day++) {
        if (random.nextDouble() >= shopper.activity()) {
          continue;
        }
        mood = random.nextDouble() < shopper.moodStability() ? mood : driftMood(shopper);
        Instant start =
            config
                .start()
                .plus(Duration.ofDays(day))
                .plus(Duration.ofMinutes(sessionMinute(shopper)));
        session(shopper, mood, start, catalogue, day);
      }
      moods.put(shopper.id(), mood);
    }
    events.sort(Comparator.comparing(Event::time).thenComparing(Event::id));
    List<User> users = shoppers.stream().map(this::toUser).toList();
    List<Item> items = catalogue.stream().map(DemoItem::item).toList();
    return new DemoShop(config, users, items, events);
  }

  /**
   * One more session, as it happens now: a random shopper (their mood may drift), with reviews a
   * minute or two after a purchase instead of days. Call after {@link #run}.
   *
   * @return the session's events in time order
   */
  List<Event> liveSession(Instant now) {
    live = true;
    List<Shopper> all = List.copyOf(shoppersById.values());
    Shopper shopper = all.get(random.nextInt(all.size()));
    Emotion mood = moods.getOrDefault(shopper.id(), shopper.baseMood());
    if (random.nextDouble() >= shopper.moodStability()) {
      mood = driftMood(shopper);
      moods.put(shopper.id(), mood);
    }
    events.clear();
    session(shopper, mood, now, catalogue, (int) (now.getEpochSecond() / 86_400));
    List<Event> out = new ArrayList<>(events);
    events.clear();
    out.sort(Comparator.comparing(Event::time).thenComparing(Event::id));
    return out;
  }

  /**
   * How much {@code user} in their current mood would like {@code item}, in [0, 1]; 0 if unknown.
   */
  double appealNow(String user, String item) {
    Shopper shopper = shoppersById.get(user);
    DemoItem demoItem = itemsById.get(item);
    if (shopper == null || demoItem == null) {
      return 0;
    }
    return appeal(shopper, moods.getOrDefault(user, shopper.baseMood()), demoItem);
  }

  /** The current mood of {@code user}, or null if unknown. */
  Emotion moodOf(String user) {
    return moods.get(user);
  }

  private Shopper newShopper(int index) {
    double[] taste = new double[Category.ALL.size()];
    for (int c = 0; c < taste.length; c++) {
      taste[c] = Math.pow(random.nextDouble(), 3);
    }
    taste[random.nextInt(taste.length)] = 1.0;
    Emotion[] moods = {Emotion.JOY, Emotion.NEUTRAL, Emotion.SADNESS, Emotion.ANGER, Emotion.FEAR};
    return new Shopper(
        String.format(Locale.ROOT, "shopper-%04d", index + 1),
        random.nextDouble() < 0.5,
        DEVICES[random.nextInt(DEVICES.length)],
        taste,
        moods[random.nextInt(moods.length)],
        0.5 + 0.45 * random.nextDouble(),
        0.1 + 0.4 * random.nextDouble(),
        8 + random.nextInt(15));
  }

  private Emotion driftMood(Shopper shopper) {
    double r = random.nextDouble();
    if (r < 0.5) {
      return shopper.baseMood();
    }
    Emotion[] moods = {
      Emotion.JOY, Emotion.NEUTRAL, Emotion.SADNESS, Emotion.ANGER, Emotion.FEAR, Emotion.SURPRISE
    };
    return moods[random.nextInt(moods.length)];
  }

  private long sessionMinute(Shopper shopper) {
    int hour =
        Math.floorMod(shopper.peakHour() + (int) Math.round(random.nextDouble() * 4 - 2), 24);
    return hour * 60L + random.nextInt(60);
  }

  private void session(
      Shopper shopper, Emotion mood, Instant start, List<DemoItem> catalogue, int day) {
    EventContext context =
        new EventContext(
            shopper.device(),
            shopper.device().equals("mobile") ? "app" : "web",
            null,
            shopper.chinese() ? "zh-CN" : "en-US",
            shopper.id() + "-d" + day);
    Instant time = start;
    if (random.nextDouble() < 0.3) {
      DemoItem wish = pick(shopper, mood, catalogue);
      String query = shopper.chinese() ? wish.nounZh() : wish.nounEn();
      events.add(event(shopper, null, EventType.SEARCH, time, null, query, context));
      time = time.plusSeconds(5 + random.nextInt(20));
    }
    int views = 1 + random.nextInt(6);
    for (int v = 0; v < views; v++) {
      DemoItem item = pick(shopper, mood, catalogue);
      double appeal = appeal(shopper, mood, item);
      events.add(event(shopper, item, EventType.VIEW, time, null, null, context));
      double dwell = Math.round((5 + 120 * appeal * random.nextDouble()) * 10) / 10.0;
      time = time.plusSeconds((long) dwell + 1);
      events.add(event(shopper, item, EventType.DWELL, time, dwell, null, context));
      if (appeal < 0.15 && random.nextDouble() < 0.5) {
        events.add(event(shopper, item, EventType.SKIP, time, null, null, context));
        continue;
      }
      if (random.nextDouble() < appeal) {
        time = time.plusSeconds(3 + random.nextInt(30));
        events.add(event(shopper, item, EventType.ADD_TO_CART, time, null, null, context));
        if (random.nextDouble() < 0.7) {
          time = time.plusSeconds(30 + random.nextInt(120));
          events.add(event(shopper, item, EventType.PURCHASE, time, null, null, context));
          afterPurchase(shopper, mood, item, time, context);
        } else {
          events.add(
              event(
                  shopper,
                  item,
                  EventType.REMOVE_FROM_CART,
                  time.plusSeconds(20),
                  null,
                  null,
                  context));
        }
      }
    }
  }

  private void afterPurchase(
      Shopper shopper, Emotion mood, DemoItem item, Instant bought, EventContext context) {
    double satisfaction = item.quality() + moodBias(mood) + 0.2 * (random.nextDouble() - 0.5);
    Instant later =
        live
            ? bought.plusSeconds(20 + random.nextInt(60))
            : bought.plus(Duration.ofHours(24 + random.nextInt(72)));
    double rating = Math.max(1, Math.min(5, Math.round(1 + 4 * satisfaction)));
    if (random.nextDouble() < 0.5) {
      events.add(event(shopper, item, EventType.RATE, later, rating, null, context));
    }
    if (random.nextDouble() < 0.45) {
      Emotion felt = reviewEmotion(satisfaction, mood, item);
      String noun = shopper.chinese() ? item.nounZh() : item.nounEn();
      String text = ReviewTemplates.review(felt, noun, shopper.chinese(), random);
      events.add(
          event(shopper, item, EventType.REVIEW, later.plusSeconds(60), rating, text, context));
    }
    if (satisfaction < 0.35 && random.nextDouble() < 0.6) {
      events.add(
          event(
              shopper,
              item,
              EventType.RETURN,
              live ? later.plusSeconds(60) : later.plus(Duration.ofHours(2)),
              null,
              null,
              context));
    } else if (satisfaction > 0.8 && random.nextDouble() < 0.3) {
      events.add(event(shopper, item, EventType.LIKE, later.plusSeconds(120), null, null, context));
    }
  }

  private Emotion reviewEmotion(double satisfaction, Emotion mood, DemoItem item) {
    if (satisfaction > 0.85) {
      return random.nextDouble() < 0.25 ? Emotion.SURPRISE : Emotion.JOY;
    }
    if (satisfaction > 0.55) {
      return random.nextDouble() < 0.6 ? Emotion.JOY : Emotion.NEUTRAL;
    }
    if (satisfaction > 0.4) {
      return Emotion.NEUTRAL;
    }
    if (item.tone() == Tone.DARK && mood == Emotion.FEAR) {
      return Emotion.FEAR;
    }
    if (mood == Emotion.ANGER || satisfaction < 0.2) {
      return random.nextDouble() < 0.7 ? Emotion.ANGER : Emotion.DISGUST;
    }
    return random.nextDouble() < 0.7 ? Emotion.SADNESS : Emotion.DISGUST;
  }

  private static double moodBias(Emotion mood) {
    return switch (mood) {
      case JOY, SURPRISE -> 0.1;
      case ANGER, DISGUST -> -0.15;
      case SADNESS, FEAR -> -0.08;
      case NEUTRAL -> 0.0;
    };
  }

  private DemoItem pick(Shopper shopper, Emotion mood, List<DemoItem> catalogue) {
    DemoItem best = catalogue.get(random.nextInt(catalogue.size()));
    double bestScore = appeal(shopper, mood, best) + random.nextDouble() * 0.5;
    for (int tries = 0; tries < 6; tries++) {
      DemoItem candidate = catalogue.get(random.nextInt(catalogue.size()));
      double score = appeal(shopper, mood, candidate) + random.nextDouble() * 0.5;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static double appeal(Shopper shopper, Emotion mood, DemoItem item) {
    double fit = item.tone().emotion == mood ? 1.0 : moodFit(mood, item.tone());
    return shopper.taste()[item.category()] * (0.4 + 0.6 * item.quality()) * fit;
  }

  private static double moodFit(Emotion mood, Tone tone) {
    return switch (mood) {
      case SADNESS -> tone == Tone.UPLIFTING || tone == Tone.CALM ? 0.9 : 0.5;
      case ANGER, DISGUST -> tone == Tone.CALM ? 0.9 : 0.5;
      case FEAR -> tone == Tone.CALM ? 0.9 : 0.4;
      default -> 0.7;
    };
  }

  private Event event(
      Shopper shopper,
      DemoItem item,
      EventType type,
      Instant time,
      Double value,
      String text,
      EventContext context) {
    return new Event(
        idPrefix + nextId++,
        shopper.id(),
        item == null ? null : item.item().id(),
        type,
        time,
        value,
        text,
        context);
  }

  private User toUser(Shopper shopper) {
    return new User(
        shopper.id(),
        Map.of("language", shopper.chinese() ? "zh" : "en", "device", shopper.device()),
        config.start());
  }
}
