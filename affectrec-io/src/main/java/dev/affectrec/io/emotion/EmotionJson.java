package dev.affectrec.io.emotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.emotion.PolarityScores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one JSON writer for emotion readings, text and face, as JSON-ready maps in wire order with
 * wire names. Every probability, score and affect number is rounded by {@link #round} to 4
 * decimals, the precision the REST API documents; face box coordinates, which are pixels, to 0.1.
 * Stateless and thread-safe.
 */
public final class EmotionJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EmotionJson() {}

  /** The rounding of every emotion number: 4 decimals, half up. */
  public static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  /** The seven probabilities by wire name, in {@link Emotion} order. */
  public static Map<String, Double> emotions(EmotionDistribution distribution) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Emotion emotion : Emotion.values()) {
      out.put(emotion.wireName(), round(distribution.probability(emotion)));
    }
    return out;
  }

  /**
   * A text reading: {@code language, emotions, top, polarity {label, scores}, valence, arousal,
   * intensity, confidence, model} and {@code goemotions} when {@code goEmotions} is not empty.
   */
  public static Map<String, Object> textReading(
      String language, EmotionReading reading, Map<String, Double> goEmotions) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("language", language);
    out.put("emotions", emotions(reading.emotions()));
    out.put("top", reading.top().wireName());
    out.put("polarity", polarity(reading.polarity()));
    out.put("valence", round(reading.valence()));
    out.put("arousal", round(reading.arousal()));
    out.put("intensity", round(reading.intensity()));
    out.put("confidence", round(reading.confidence()));
    out.put("model", reading.model());
    if (!goEmotions.isEmpty()) {
      Map<String, Double> fine = new LinkedHashMap<>();
      goEmotions.forEach((label, p) -> fine.put(label, round(p)));
      out.put("goemotions", fine);
    }
    return out;
  }

  /**
   * One face: {@code box [x, y, width, height]} in pixels rounded to 0.1, the detector's {@code
   * score}, {@code emotions}, {@code top} and {@code confidence}.
   */
  public static Map<String, Object> face(
      double[] box, double score, EmotionDistribution emotions, double confidence) {
    List<Double> pixels = new ArrayList<>(box.length);
    for (double coordinate : box) {
      pixels.add(Math.round(coordinate * 10) / 10.0);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("box", pixels);
    out.put("score", round(score));
    out.put("emotions", emotions(emotions));
    out.put("top", emotions.top().wireName());
    out.put("confidence", round(confidence));
    return out;
  }

  /** All faces of one image: {@code image, faces, model}. */
  public static Map<String, Object> faces(
      String image, List<Map<String, Object>> faces, String model) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("image", image);
    out.put("faces", faces);
    out.put("model", model);
    return out;
  }

  /** A stored reading as a point of its modality's series. */
  public static Map<String, Object> seriesPoint(EmotionReading reading) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("time", reading.time().toString());
    out.put("modality", reading.modality().wireName());
    out.put("top", reading.emotions().top().wireName());
    out.put("valence", round(reading.valence()));
    out.put("arousal", round(reading.arousal()));
    out.put("confidence", round(reading.confidence()));
    out.put("emotions", emotions(reading.emotions()));
    return out;
  }

  /** {@code value} as JSON on one line. */
  public static String line(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write emotion JSON", e);
    }
  }

  private static Map<String, Object> polarity(PolarityScores scores) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("label", scores.label().name().toLowerCase(Locale.ROOT));
    Map<String, Double> byLabel = new LinkedHashMap<>();
    for (Polarity p : Polarity.values()) {
      byLabel.put(p.name().toLowerCase(Locale.ROOT), round(scores.score(p)));
    }
    out.put("scores", byLabel);
    return out;
  }
}
