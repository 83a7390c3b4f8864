package dev.affectrec.serving.view;

import dev.affectrec.api.recommend.Reason;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.Recommendation;
import dev.affectrec.serving.ModelManifest;
import dev.affectrec.serving.ServedRecommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders served recommendations and model manifests as JSON-ready maps, the one format of {@code
 * GET /v1/users/{id}/recommendations} and {@code affectrec recommend --json}. Stateless.
 */
public final class RecommendationViews {
  private RecommendationViews() {}

  /**
   * {@code {"user","policy","policySource","segment","model","source","emotion":{state},"items":
   * [{"item","score","reasons":[{"type","item","emotion","text","textZh"}]}]}}. Each {@code score}
   * is the item's relevance in [-1, 1] as the recommender computed it (see {@code
   * EmotionAwareRecommender}), rounded to six decimals: independent of k and of the item's rank.
   * Before the first model ({@code "source":"popular"}, {@code "model":null}) it is the item's
   * positive interactions over the top item's, in (0, 1].
   *
   * @param clientUser the user id as the client knows it (before pseudonymisation)
   */
  public static Map<String, Object> recommendation(ServedRecommendation served, String clientUser) {
    Recommendation r = served.recommendation();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("user", clientUser);
    out.put("policy", r.policy().wireName());
    out.put("policySource", served.policySource().wireName());
    out.put("segment", served.segment());
    out.put("model", served.modelVersion());
    out.put("source", served.source().wireName());
    out.put("emotion", EmotionViews.state(r.state()));
    out.put("items", items(r.items()));
    return out;
  }

  /**
   * Scored items as {@code
   * [{"item","score","reasons":[{"type","item","emotion","text","textZh"}]}]}, scores rounded to
   * six decimals.
   */
  public static List<Map<String, Object>> items(List<ScoredItem> scored) {
    List<Map<String, Object>> items = new ArrayList<>(scored.size());
    for (ScoredItem item : scored) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("item", item.item());
      row.put("score", Math.round(item.score() * 1e6) / 1e6);
      List<Map<String, Object>> reasons = new ArrayList<>();
      for (Reason reason : item.reasons()) {
        Map<String, Object> why = new LinkedHashMap<>();
        why.put("type", reason.type().wireName());
        why.put("item", reason.item());
        why.put("emotion", reason.emotion() == null ? null : reason.emotion().wireName());
        why.put("text", reason.text());
        why.put("textZh", reason.textZh());
        reasons.add(why);
      }
      row.put("reasons", reasons);
      items.add(row);
    }
    return items;
  }

  /** A manifest as JSON, with the service's training flags. */
  public static Map<String, Object> manifest(ModelManifest m, boolean training, boolean upToDate) {
    Map<String, Object> out = new LinkedHashMap<>(m.toMap());
    out.put("training", training);
    out.put("upToDate", upToDate);
    return out;
  }
}
