package dev.affectrec.emotion.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Polarity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a {@link TextEmotionResult} as the wire JSON: {@code language, emotions, top, polarity
 * {label, scores}, valence, arousal, intensity, confidence, model} and, for English, {@code
 * goemotions}. Numbers are rounded to 4 decimals. Stateless and thread-safe.
 */
public final class TextReadingJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TextReadingJson() {}

  /** One-line JSON of {@code result}. */
  public static String render(TextEmotionResult result) {
    EmotionReading r = result.reading();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("language", result.language().wireName());
    Map<String, Double> emotions = new LinkedHashMap<>();
    for (Emotion e : Emotion.values()) {
      emotions.put(e.wireName(), round(r.emotions().probability(e)));
    }
    out.put("emotions", emotions);
    out.put("top", r.top().wireName());
    Map<String, Object> polarity = new LinkedHashMap<>();
    polarity.put("label", r.polarity().label().name().toLowerCase(java.util.Locale.ROOT));
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Polarity p : Polarity.values()) {
      scores.put(p.name().toLowerCase(java.util.Locale.ROOT), round(r.polarity().score(p)));
    }
    polarity.put("scores", scores);
    out.put("polarity", polarity);
    out.put("valence", round(r.valence()));
    out.put("arousal", round(r.arousal()));
    out.put("intensity", round(r.intensity()));
    out.put("confidence", round(r.confidence()));
    out.put("model", r.model());
    if (!result.goEmotions().isEmpty()) {
      Map<String, Double> fine = new LinkedHashMap<>();
      result.goEmotions().forEach((k, v) -> fine.put(k, round(v)));
      out.put("goemotions", fine);
    }
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
