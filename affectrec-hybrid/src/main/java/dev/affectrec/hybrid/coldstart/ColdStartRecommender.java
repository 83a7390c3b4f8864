package dev.affectrec.hybrid.coldstart;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.recommend.Reason;
import dev.affectrec.api.recommend.ReasonType;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.hybrid.explain.ReasonTexts;
import dev.affectrec.hybrid.profile.MoodFit;
import dev.affectrec.recommend.content.TextEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Recommends for a user known only by one text (a review or a search) through the content
 * recommender's {@link TextEncoder} and the reading of that text: {@code score = cos(text, item) +
 * moodWeight * evidence * fit(reading, item profile) + reputationWeight * reputation}. With no
 * interaction data there is nothing to learn weights on, so they are configuration. The score shown
 * is that sum divided by its largest possible value {@code 1 + moodWeight + reputationWeight}, so
 * it is in [-1, 1] like the hybrid's and does not depend on k. Items carry their own embedding, so
 * a new item with a description is recommendable at once ({@link #withItem}). Immutable and
 * thread-safe.
 */
public final class ColdStartRecommender {
  private final TextEncoder encoder;
  private final Map<String, float[]> embeddings;
  private final Map<String, ItemEmotionProfile> profiles;
  private final double moodWeight;
  private final double reputationWeight;

  private ColdStartRecommender(
      TextEncoder encoder,
      Map<String, float[]> embeddings,
      Map<String, ItemEmotionProfile> profiles,
      double moodWeight,
      double reputationWeight) {
    this.encoder = encoder;
    this.embeddings = embeddings;
    this.profiles = profiles;
    this.moodWeight = moodWeight;
    this.reputationWeight = reputationWeight;
  }

  /**
   * @param encoder the content encoder, never null
   * @param itemTexts item id to description, never null
   * @param profiles item id to emotional profile (items without one count as unknown), never null
   * @param moodWeight weight of mood fit, in [0, 10] (0.2 is a reasonable default)
   * @param reputationWeight weight of emotional reputation, in [0, 10] (0.2 is a reasonable
   *     default)
   */
  public static ColdStartRecommender of(
      TextEncoder encoder,
      Map<String, String> itemTexts,
      Map<String, ItemEmotionProfile> profiles,
      double moodWeight,
      double reputationWeight) {
    Objects.requireNonNull(encoder, "encoder is required");
    Objects.requireNonNull(itemTexts, "itemTexts is required");
    Arguments.requireInRange(moodWeight, 0, 10, "moodWeight");
    Arguments.requireInRange(reputationWeight, 0, 10, "reputationWeight");
    Map<String, float[]> embeddings = new LinkedHashMap<>();
    itemTexts.forEach((id, text) -> embeddings.put(id, unit(encoder.encode(text))));
    return new ColdStartRecommender(
        encoder, embeddings, Map.copyOf(profiles), moodWeight, reputationWeight);
  }

  /** This recommender with {@code item} described by {@code description} added or replaced. */
  public ColdStartRecommender withItem(String item, String description) {
    Arguments.requireNonBlank(item, "item");
    Objects.requireNonNull(description, "description is required");
    Map<String, float[]> more = new LinkedHashMap<>(embeddings);
    more.put(item, unit(encoder.encode(description)));
    return new ColdStartRecommender(encoder, more, profiles, moodWeight, reputationWeight);
  }

  /**
   * The best {@code k} items for a user known only by {@code text}.
   *
   * @param text a review or search text, never null
   * @param reading the reading of {@code text}, or null when none is available
   * @param exclude item ids not to recommend (for example the reviewed one), never null
   */
  public List<ScoredItem> recommend(
      String text, EmotionReading reading, int k, Set<String> exclude) {
    Objects.requireNonNull(text, "text is required");
    Objects.requireNonNull(exclude, "exclude is required");
    Arguments.requireAtLeast(k, 1, "k");
    float[] query = unit(encoder.encode(text));
    List<ScoredItem> all = new ArrayList<>();
    for (Map.Entry<String, float[]> e : embeddings.entrySet()) {
      if (exclude.contains(e.getKey())) {
        continue;
      }
      double cos = dot(query, e.getValue());
      ItemEmotionProfile p = profiles.get(e.getKey());
      double evidence = p == null ? 0 : p.readings() / (p.readings() + 3.0);
      double fit =
          reading == null || p == null
              ? 0
              : evidence
                  * reading.confidence()
                  * MoodFit.fit(
                      reading.valence(), reading.arousal(), p.meanValence(), p.meanArousal());
      double reputation = p == null ? 0 : p.meanValence() * evidence;
      double score =
          (cos + moodWeight * fit + reputationWeight * reputation)
              / (1 + moodWeight + reputationWeight);
      all.add(new ScoredItem(e.getKey(), score, reasons(cos, fit, p)));
    }
    all.sort((a, b) -> Double.compare(b.score(), a.score()));
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }

  private static List<Reason> reasons(double cos, double fit, ItemEmotionProfile p) {
    List<Reason> out = new ArrayList<>();
    if (cos > 0) {
      out.add(new Reason(ReasonType.SIMILAR_TO, null, null, "Matches what you wrote", "与您写下的内容相符"));
    }
    if (fit >= 0.1 && p != null) {
      out.add(ReasonTexts.moodFit(p.emotions().top(), false));
    }
    if (out.isEmpty()) {
      out.add(ReasonTexts.popularWith(null));
    }
    return out;
  }

  private static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    float[] out = v.clone();
    if (sum > 0) {
      float scale = (float) (1 / Math.sqrt(sum));
      for (int i = 0; i < out.length; i++) {
        out[i] *= scale;
      }
    }
    return out;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
