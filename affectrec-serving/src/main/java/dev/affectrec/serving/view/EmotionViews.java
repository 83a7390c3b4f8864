package dev.affectrec.serving.view;

import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.emotion.ModalityContribution;
import dev.affectrec.fusion.Disagreement;
import dev.affectrec.fusion.FusionResult;
import dev.affectrec.fusion.ModalityPair;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.io.emotion.EmotionJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders fused emotion states as plain JSON-ready maps with wire names; distributions, readings
 * and rounding come from {@link EmotionJson}. Stateless.
 */
public final class EmotionViews {
  private EmotionViews() {}

  static Map<String, Double> distribution(EmotionDistribution distribution) {
    return EmotionJson.emotions(distribution);
  }

  public static Map<String, Object> state(FusionResult result) {
    Map<String, Object> out = state(result.state());
    out.put("conflict", conflict(result.disagreement()));
    return out;
  }

  /**
   * A fused state as JSON: time, emotions, top, valence, arousal, confidence, disagreement and each
   * modality's contribution.
   */
  public static Map<String, Object> state(EmotionState state) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("time", state.time().toString());
    out.put("emotions", distribution(state.emotions()));
    out.put("top", state.emotions().top().wireName());
    out.put("valence", round(state.valence()));
    out.put("arousal", round(state.arousal()));
    out.put("confidence", round(state.confidence()));
    out.put("disagreement", round(state.disagreement()));
    List<Map<String, Object>> contributions = new ArrayList<>();
    for (ModalityContribution c : state.contributions()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("modality", c.modality().wireName());
      row.put("weight", round(c.weight()));
      row.put("emotions", distribution(c.emotions()));
      row.put("top", c.emotions().top().wireName());
      row.put("confidence", round(c.confidence()));
      row.put("readings", c.readings());
      row.put("lastReading", c.lastReading() == null ? null : c.lastReading().toString());
      contributions.add(row);
    }
    out.put("contributions", contributions);
    return out;
  }

  public static Map<String, Object> point(FusionResult result) {
    EmotionState state = result.state();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("time", state.time().toString());
    out.put("top", state.emotions().top().wireName());
    out.put("valence", round(state.valence()));
    out.put("arousal", round(state.arousal()));
    out.put("confidence", round(state.confidence()));
    out.put("emotions", distribution(state.emotions()));
    return out;
  }

  /** One stored reading as a point of its modality's series. */
  public static Map<String, Object> reading(EmotionReading reading) {
    return EmotionJson.seriesPoint(reading);
  }

  private static Map<String, Object> conflict(Disagreement disagreement) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("divergence", round(disagreement.divergence()));
    out.put("valenceConflict", disagreement.valenceConflict());
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (ModalityPair pair : disagreement.pairs()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("modalities", List.of(pair.first().wireName(), pair.second().wireName()));
      row.put("jensenShannon", round(pair.jensenShannon()));
      pairs.add(row);
    }
    out.put("pairs", pairs);
    return out;
  }

  public static Map<String, Object> itemProfile(ItemEmotionProfile profile) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("item", profile.item());
    out.put("time", profile.time().toString());
    out.put("readings", profile.readings());
    out.put("emotions", distribution(profile.emotions()));
    out.put("top", profile.emotions().top().wireName());
    out.put("valence", round(profile.meanValence()));
    out.put("arousal", round(profile.meanArousal()));
    Map<String, Integer> polarity = new LinkedHashMap<>();
    profile.polarityCounts().forEach((p, n) -> polarity.put(p.wireName(), n));
    out.put("polarity", polarity);
    out.put(
        "trend",
        profile
            .trendIfKnown()
            .map(
                t -> {
                  Map<String, Object> trend = new LinkedHashMap<>();
                  trend.put("direction", t.direction().name().toLowerCase(java.util.Locale.ROOT));
                  trend.put("recentValence", round(t.recentValence()));
                  trend.put("olderValence", round(t.olderValence()));
                  trend.put("recentReadings", t.recentReadings());
                  trend.put("olderReadings", t.olderReadings());
                  return (Object) trend;
                })
            .orElse(null));
    return out;
  }

  private static double round(double value) {
    return EmotionJson.round(value);
  }
}
