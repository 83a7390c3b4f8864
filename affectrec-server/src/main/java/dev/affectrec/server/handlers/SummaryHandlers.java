package dev.affectrec.server.handlers;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.server.http.QueryParams;
import dev.affectrec.store.DailyEventCount;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.TopEmotionCount;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /v1/summary}: what the dashboard overview draws. For the {@code days} UTC days
 * (default 30, at most 366) that end with the day of the newest event in the store (today when the
 * store is empty or has events from the future), so a history imported years ago is summarised too:
 * events per day (every day listed, zeros included) and per type, and for readings about users in
 * the same window how many had each emotion on top, per modality. Two grouped store queries; no
 * per-event work in Java. Thread-safe.
 */
public final class SummaryHandlers {
  /** Days summarised when the request does not say. */
  public static final int DEFAULT_DAYS = 30;

  private static final int MAX_DAYS = 366;

  private final EventStore store;
  private final Clock clock;

  /**
   * Handlers over {@code store}; "now", the latest a window may end, is {@code clock}'s, in UTC.
   */
  public SummaryHandlers(EventStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The summary of the window ending with the newest event's day. */
  public void summary(Context ctx) {
    int days = QueryParams.intInRange(ctx, "days", DEFAULT_DAYS, 1, MAX_DAYS);
    Instant now = clock.instant();
    Instant end = store.newestEventTime().filter(t -> t.isBefore(now)).orElse(now);
    LocalDate today = LocalDate.ofInstant(end, ZoneOffset.UTC);
    LocalDate first = today.minusDays(days - 1L);
    Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", from.toString());
    out.put("to", to.toString());
    out.put("days", days);
    addEvents(out, store.eventsPerDay(from, to), first, days);
    addEmotionMix(out, store.topEmotionCounts(from));
    ctx.json(out);
  }

  private static void addEvents(
      Map<String, Object> out, List<DailyEventCount> counts, LocalDate first, int days) {
    Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
    Map<String, Long> byType = new TreeMap<>();
    long total = 0;
    for (DailyEventCount count : counts) {
      byDay.computeIfAbsent(count.day(), d -> new TreeMap<>()).put(count.type(), count.count());
      byType.merge(count.type(), count.count(), Long::sum);
      total += count.count();
    }
    List<Map<String, Object>> perDay = new ArrayList<>(days);
    for (int i = 0; i < days; i++) {
      LocalDate day = first.plusDays(i);
      Map<String, Long> types = byDay.getOrDefault(day, Map.of());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("day", day.toString());
      row.put("total", types.values().stream().mapToLong(Long::longValue).sum());
      row.put("byType", types);
      perDay.add(row);
    }
    out.put("events", total);
    out.put("eventsByType", byType);
    out.put("eventsPerDay", perDay);
  }

  private static void addEmotionMix(Map<String, Object> out, List<TopEmotionCount> counts) {
    Map<String, Map<String, Long>> mix = new LinkedHashMap<>();
    long readings = 0;
    for (TopEmotionCount count : counts) {
      Map<String, Long> row =
          mix.computeIfAbsent(count.modality().wireName(), m -> zeroPerEmotion());
      row.put(count.emotion().wireName(), count.readings());
      readings += count.readings();
    }
    Map<String, Long> all = zeroPerEmotion();
    mix.values().forEach(row -> row.forEach((emotion, n) -> all.merge(emotion, n, Long::sum)));
    out.put("readings", readings);
    out.put("emotionMix", mix);
    out.put("emotionMixAll", all);
    out.put(
        "modalities",
        mix.keySet().stream().filter(m -> !m.equals(Modality.FUSED.wireName())).toList());
  }

  private static Map<String, Long> zeroPerEmotion() {
    Map<String, Long> row = new LinkedHashMap<>();
    for (Emotion emotion : Emotion.values()) {
      row.put(emotion.wireName(), 0L);
    }
    return row;
  }
}
