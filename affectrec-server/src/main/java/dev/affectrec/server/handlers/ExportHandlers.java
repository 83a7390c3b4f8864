package dev.affectrec.server.handlers;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.io.csv.CsvWriter;
import dev.affectrec.io.emotion.EmotionJson;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.EventView;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.imports.ImportFormat;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/export/events} and {@code GET /v1/export/readings}: the whole store as JSON Lines
 * ({@code format=jsonl}, the default) or CSV ({@code format=csv}), streamed from one consistent
 * snapshot. Events come in the import formats ({@code affectrec import --format events|csv} reads
 * them back); readings are every stored reading about each user who has events, oldest first per
 * user. User ids are the stored ones (pseudonyms when the server pseudonymises). Thread-safe.
 */
public final class ExportHandlers {
  private static final int MAX_READINGS_PER_USER = 1_000_000;

  private final EventStore store;
  private final ObjectMapper mapper;

  /** Handlers over {@code store} that write JSON with {@code mapper}. */
  public ExportHandlers(EventStore store, ObjectMapper mapper) {
    this.store = store;
    this.mapper = mapper;
  }

  /** {@code GET /v1/export/events?format=jsonl|csv}, ordered by time then id. */
  public void events(Context ctx) throws IOException {
    boolean csv = csv(ctx, "events");
    try (Writer out = writer(ctx);
        EventSnapshot snapshot = store.snapshot()) {
      CsvWriter rows = new CsvWriter(out);
      if (csv) {
        rows.row(ImportFormat.CSV_COLUMNS);
      }
      snapshot.forEach(
          e -> {
            if (csv) {
              rows.row(csvRow(e));
            } else {
              line(out, EventView.of(e));
            }
          });
    }
  }

  /** {@code GET /v1/export/readings?format=jsonl|csv}. */
  public void readings(Context ctx) throws IOException {
    boolean csv = csv(ctx, "readings");
    Set<String> users = new LinkedHashSet<>();
    try (EventSnapshot snapshot = store.snapshot()) {
      snapshot.forEach(e -> users.add(e.user()));
    }
    try (Writer out = writer(ctx)) {
      CsvWriter rows = new CsvWriter(out);
      if (csv) {
        rows.row(readingColumns());
      }
      for (String user : users) {
        for (EmotionReading r : store.readingsOf(Subject.user(user), MAX_READINGS_PER_USER)) {
          if (csv) {
            rows.row(csvRow(r));
          } else {
            line(out, json(r));
          }
        }
      }
    }
  }

  private static boolean csv(Context ctx, String what) {
    String format = ctx.queryParam("format");
    if (format == null || format.equals("jsonl")) {
      ctx.contentType("application/x-ndjson; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"" + what + ".jsonl\"");
      return false;
    }
    if (format.equals("csv")) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"" + what + ".csv\"");
      return true;
    }
    throw ApiException.invalid("format", "must be jsonl or csv but was '" + format + "'");
  }

  private static Writer writer(Context ctx) {
    return new BufferedWriter(
        new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 64 * 1024);
  }

  private void line(Writer out, Object value) {
    try {
      out.write(mapper.writeValueAsString(value));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
  }

  private static List<String> csvRow(Event e) {
    EventContext c = e.context();
    List<String> row = new ArrayList<>(ImportFormat.CSV_COLUMNS.size());
    row.add(e.id());
    row.add(e.user());
    row.add(e.item());
    row.add(e.type().wireName());
    row.add(e.time().toString());
    row.add(e.value() == null ? null : e.value().toString());
    row.add(e.text());
    row.add(c.device());
    row.add(c.channel());
    row.add(c.location());
    row.add(c.locale());
    row.add(c.session());
    return row;
  }

  /**
   * {@code user, modality, time, model, sourceEvent, top, valence, arousal, intensity, confidence}
   * and one probability column per emotion.
   */
  private static List<String> readingColumns() {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "user",
                "modality",
                "time",
                "model",
                "sourceEvent",
                "top",
                "valence",
                "arousal",
                "intensity",
                "confidence"));
    for (Emotion emotion : Emotion.values()) {
      columns.add(emotion.wireName());
    }
    return columns;
  }

  private static List<String> csvRow(EmotionReading r) {
    List<String> row = new ArrayList<>();
    row.add(r.subject().id());
    row.add(r.modality().wireName());
    row.add(r.time().toString());
    row.add(r.model());
    row.add(r.sourceEventId());
    row.add(r.top().wireName());
    for (double v : new double[] {r.valence(), r.arousal(), r.intensity(), r.confidence()}) {
      row.add(Double.toString(EmotionJson.round(v)));
    }
    for (Emotion emotion : Emotion.values()) {
      row.add(Double.toString(EmotionJson.round(r.emotions().probability(emotion))));
    }
    return row;
  }

  private static Map<String, Object> json(EmotionReading r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("user", r.subject().id());
    out.put("modality", r.modality().wireName());
    out.put("time", r.time().toString());
    out.put("model", r.model());
    out.put("sourceEvent", r.sourceEventId());
    out.put("top", r.top().wireName());
    out.put("valence", EmotionJson.round(r.valence()));
    out.put("arousal", EmotionJson.round(r.arousal()));
    out.put("intensity", EmotionJson.round(r.intensity()));
    out.put("confidence", EmotionJson.round(r.confidence()));
    out.put("emotions", EmotionJson.emotions(r.emotions()));
    return out;
  }
}
